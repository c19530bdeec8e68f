#!/usr/bin/env python3
"""Independent verifier for Liancha draws (protocol "liancha-draw/1").

Re-runs a draw from its proof bundle alone and reports the first difference. Written from
docs/draw-protocol.md with the Python standard library only (hashlib, hmac, json), so that a
draw can be checked without trusting the platform's own TypeScript code.

    python3 verify_draw.py bundle.json      # exit 0 when the bundle verifies, 1 otherwise
    python3 verify_draw.py --uscc 91350881MA00000000 bundle.json
        # after verifying, also prints "standing": where that enterprise stands in the draw
"""
from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import re
import sys
from typing import Any

ALGORITHM_ID = "liancha-draw/1"
SEED_INFO = b"liancha-draw/1 seed"
MAX_SAFE = 2**53 - 1
SUBSTITUTION_REASONS = {"closed", "unreachable", "relocated", "conflict_discovered", "duplicate", "other"}


class Mismatch(Exception):
    """The first place where the bundle disagrees with the re-run."""

    def __init__(self, path: str, expected: Any, actual: Any, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.expected = expected
        self.actual = actual
        self.message = message


# --------------------------------------------------------------------------- canonical JSON
def utf16_key(text: str) -> bytes:
    """RFC 8785 orders keys by UTF-16 code units; UTF-16-BE bytes sort the same way."""
    return text.encode("utf-16-be", "surrogatepass")


def canonical_json(value: Any) -> str:
    """RFC 8785 restricted to the protocol's subset: integers only, no floats."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE:
            raise ValueError("integer outside the safe range")
        return str(value)
    if isinstance(value, float):
        raise ValueError("numbers must be integers")
    if isinstance(value, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            raise ValueError("lone surrogate in string")
        # json.dumps escapes exactly like ECMAScript JSON.stringify: \" \\ \b \f \n \r \t and
        # other C0 controls as lower-case \u00xx; everything else (DEL, U+2028, CJK) literal.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value.keys(), key=utf16_key)
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical_json(value[k]) for k in keys) + "}"
    raise ValueError(f"unsupported value {type(value).__name__}")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- seed and tickets
def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def derive_seed(commitment: str, sorted_reveals: list[dict]) -> str:
    ikm = canonical_json([{"source": r["source"], "value": r["value"]} for r in sorted_reveals]).encode("utf-8")
    return hkdf_sha256(ikm, bytes.fromhex(commitment), SEED_INFO, 32).hex()


def ticket(seed: str, message: str) -> str:
    return hmac.new(bytes.fromhex(seed), message.encode("utf-8"), hashlib.sha256).hexdigest()


def object_ticket(seed: str, stratum: str, uscc: str) -> str:
    return ticket(seed, "object|" + stratum + "|" + uscc)


def team_ticket(seed: str, uscc: str, cert_no: str) -> str:
    return ticket(seed, "team|" + uscc + "|" + cert_no)


def team_cost(t: str) -> int:
    """First 40 bits, then next 40 bits, compared lexicographically; as one integer the low
    part gets 100 bits of room so sums never carry into the high part."""
    return (int(t[0:10], 16) << 100) + int(t[10:20], 16)


# --------------------------------------------------------------------------- sample size
def round_ratio(numerator: int, denominator: int, size: int, rounding: str) -> int:
    floor, remainder = divmod(numerator * size, denominator)
    if rounding == "floor":
        return floor
    if rounding == "ceil":
        return floor + (1 if remainder > 0 else 0)
    if rounding == "half_up":
        return floor + (1 if remainder * 2 >= denominator else 0)
    raise ValueError("unknown rounding")


def sample_size(selection: dict, minimum: int, maximum: int | None, size: int) -> int:
    if selection["kind"] == "count":
        raw = selection["count"]
    else:
        raw = round_ratio(selection["numerator"], selection["denominator"], size, selection["rounding"])
    upper = size if maximum is None else min(maximum, size)
    return min(max(raw, minimum), upper)


# --------------------------------------------------------------------------- entropy
INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
ROUND = re.compile(r"[0-9]{1,20}")
URL_TEXT = re.compile(r"https?://\S+")
# §4.1.1: lottery numbers as published (1–2 digits, single blanks, optional second zone after " + ");
# a beacon output as lower-case hex of 16 to 512 bytes.
LOTTERY_VALUE = re.compile(r"[0-9]{1,2}( [0-9]{1,2})*( \+ [0-9]{1,2}( [0-9]{1,2})*)?")
BEACON_VALUE = re.compile(r"([0-9a-f]{2}){16,512}")


def clean_text(value: Any, maximum: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= maximum and value.strip() == value and not any(ord(c) < 0x20 or ord(c) == 0x7F for c in value)


def valid_instant(value: Any) -> bool:
    if not isinstance(value, str) or not INSTANT.fullmatch(value):
        return False
    try:
        datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
        return True
    except ValueError:
        return False


def valid_announcement(a: Any) -> bool:
    """§4.1.1: exactly the keys kind, name, round, url, availableAfter with their forms."""
    if not isinstance(a, dict) or set(a) != {"kind", "name", "round", "url", "availableAfter"}:
        return False
    if a["kind"] not in ("lottery", "beacon") or not clean_text(a["name"], 100):
        return False
    if not isinstance(a["round"], str) or not ROUND.fullmatch(a["round"]):
        return False
    if a["url"] is None:
        if a["kind"] == "beacon":
            return False
    elif not (clean_text(a["url"], 300) and URL_TEXT.fullmatch(a["url"])):
        return False
    return valid_instant(a["availableAfter"])


def announced_form_ok(a: dict, value: str) -> bool:
    return bool((LOTTERY_VALUE if a["kind"] == "lottery" else BEACON_VALUE).fullmatch(value))


def check_reveals(sources: list[dict], reveals: list) -> list[dict]:
    by_id = {s["id"]: s for s in sources}
    seen = set()
    for i, r in enumerate(reveals):
        source = by_id.get(r.get("source") if isinstance(r, dict) else None)
        if source is None:
            raise Mismatch(f"reveals[{i}].source", "a declared source", r, "未声明的随机数来源")
        if r["source"] in seen:
            raise Mismatch("reveals", [s["id"] for s in sources], [x.get("source") for x in reveals], "重复揭示")
        seen.add(r["source"])
        value = r.get("value")
        if not isinstance(value, str) or value == "" or len(value) > 1000 or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
            raise Mismatch(f"reveals[{i}].value", "a non-empty value", value, "揭示值无效")
        if source["kind"] == "agency":
            actual = hashlib.sha256(value.encode("utf-8")).hexdigest()
            if actual != source["commitment"]:
                raise Mismatch(f"reveals[{i}].value", "SHA-256 = " + source["commitment"], value, f"“{source['label']}”揭示的秘密值与其承诺不符")
        elif source["kind"] == "witness":
            if not re.fullmatch(r"[0-9]{%d}" % source["digits"], value):
                raise Mismatch(f"reveals[{i}].value", f"{source['digits']} digits", value, "见证人数字位数不符")
        elif "announcement" in source and not announced_form_ok(source["announcement"], value):
            raise Mismatch(f"reveals[{i}].value", f"the form of a {source['announcement']['kind']} value", value, f"“{source['label']}”的值不符合公告的格式")
    missing = [s["id"] for s in sources if s["id"] not in seen]
    if missing:
        raise Mismatch("reveals", [s["id"] for s in sources], [x.get("source") for x in reveals], "尚未揭示：" + "、".join(missing))
    return sorted(({"source": r["source"], "value": r["value"]} for r in reveals), key=lambda r: utf16_key(r["source"]))


# --------------------------------------------------------------------------- inputs
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def valid_uscc(code: Any) -> bool:
    """GB 32100: 18 characters, registration authority, 6-digit division, GB 11714
    organisation-code check (position 17) and the mod-31 check character (position 18)."""
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARSET for c in code):
        return False
    if code[0] not in "123456789ANY" or not code[2:8].isdigit():
        return False
    org = 11 - sum((int(c, 36)) * w for c, w in zip(code[8:16], ORG_WEIGHTS)) % 11
    if code[16] != {10: "X", 11: "0"}.get(org, str(org)):
        return False
    check = (31 - sum(USCC_CHARSET.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS)) % 31) % 31
    return code[17] == USCC_CHARSET[check]


def validate_inputs(inputs: Any) -> None:
    def need(ok: bool, path: str, message: str) -> None:
        if not ok:
            raise Mismatch("commitmentInputs" + path, "valid inputs", "invalid", message)

    need(isinstance(inputs, dict), "", "应为对象")
    need(inputs.get("algorithm") == ALGORITHM_ID, ".algorithm", "算法标识不符")
    pool = inputs.get("pool")
    need(isinstance(pool, dict) and isinstance(pool.get("strata"), list) and isinstance(pool.get("excluded"), list), ".pool", "抽取池结构无效")
    seen: set[str] = set()
    for i, s in enumerate(pool["strata"]):
        need(isinstance(s, dict) and isinstance(s.get("id"), str) and "|" not in s["id"] and isinstance(s.get("objects"), list), f".pool.strata[{i}]", "分层无效")
        for j, uscc in enumerate(s["objects"]):
            need(valid_uscc(uscc) and uscc not in seen, f".pool.strata[{i}].objects[{j}]", "统一社会信用代码无效或重复")
            seen.add(uscc)
    for i, e in enumerate(pool["excluded"]):
        need(isinstance(e, dict) and valid_uscc(e.get("uscc")) and e["uscc"] not in seen, f".pool.excluded[{i}]", "排除记录无效")
        seen.add(e["uscc"])
    matrix = inputs.get("matrix")
    need(isinstance(matrix, list), ".matrix", "矩阵无效")
    strata = {m.get("stratum") for m in matrix}
    need(len(strata) == len(matrix), ".matrix", "矩阵分层重复")
    for s in pool["strata"]:
        need(s["id"] in strata, ".matrix", "分层缺少矩阵规则")
    team = inputs.get("team")
    if team is not None:
        certs = [r.get("certNo") for r in team["roster"]]
        need(len(set(certs)) == len(certs), ".team.roster", "执法证号重复")
    need(isinstance(inputs.get("entropy"), list) and len(inputs["entropy"]) > 0, ".entropy", "随机数来源无效")
    for source in inputs["entropy"]:
        need(isinstance(source, dict), ".entropy", "随机数来源无效")
        if "announcement" in source:
            need(source.get("kind") == "external" and valid_announcement(source["announcement"]), ".entropy", "公告的随机数来源格式无效")


# --------------------------------------------------------------------------- object draw
def draw_objects(inputs: dict, seed: str) -> list[dict]:
    pool = {s["id"]: s["objects"] for s in inputs["pool"]["strata"]}
    out = []
    for entry in inputs["matrix"]:
        objects = pool.get(entry["stratum"], [])
        n = sample_size(entry["selection"], entry["min"], entry["max"], len(objects))
        subs = min(entry["substitutes"], len(objects) - n)
        ranked = sorted(((object_ticket(seed, entry["stratum"], u), u) for u in objects), key=lambda tu: (tu[0], utf16_key(tu[1])))
        listed = [{"rank": i + 1, "uscc": u, "ticket": t} for i, (t, u) in enumerate(ranked[: n + subs])]
        out.append({
            "stratum": entry["stratum"],
            "eligible": len(objects),
            "sampleSize": n,
            "shortfall": max(0, entry["min"] - n),
            "drawn": listed[:n],
            "substitutes": listed[n:],
        })
    return out


# --------------------------------------------------------------------------- teams
class TeamRules:
    def __init__(self, inputs: dict):
        team = inputs["team"]
        rules = team["rules"]
        self.rules = rules
        end = rules["inspectionEnd"]
        agencies = {a["agencyId"] for a in rules["agencies"]}
        self.officers = [r for r in team["roster"] if r["role"] == "officer" and r["certificateExpiresOn"] is not None and r["certificateExpiresOn"] >= end and r["agencyId"] in agencies]
        self.experts = [r for r in team["roster"] if r["role"] == "expert" and (r["certificateExpiresOn"] is None or r["certificateExpiresOn"] >= end)]
        self.conflicts = {(c["certNo"], c["uscc"]) for c in team["conflicts"]}
        self.townships = None
        if rules["homeAreaConflict"] and inputs["pool"]["townships"] is not None:
            self.townships = {u: t["code"] for t in inputs["pool"]["townships"] for u in t["objects"]}
        self.required = {m["stratum"]: m["requiredExpertise"] for m in inputs["matrix"]}
        self.free_seats = rules["officersPerTeam"] - sum(a["minOfficers"] for a in rules["agencies"])

    def eligible(self, check: dict, person: dict) -> bool:
        if (person["certNo"], check["uscc"]) in self.conflicts:
            return False
        if any(tag not in person["expertise"] for tag in self.required.get(check["stratum"], [])):
            return False
        if self.townships is not None and person["township"] is not None and self.townships.get(check["uscc"]) == person["township"]:
            return False
        return True


class Flow:
    """Plain successive shortest paths with Bellman–Ford; exact on integer costs."""

    def __init__(self, n: int):
        self.adj: list[list[int]] = [[] for _ in range(n)]
        self.to: list[int] = []
        self.cap: list[int] = []
        self.cost: list[int] = []

    def add(self, u: int, v: int, cap: int, cost: int) -> int:
        e = len(self.to)
        self.to += [v, u]
        self.cap += [cap, 0]
        self.cost += [cost, -cost]
        self.adj[u].append(e)
        self.adj[v].append(e + 1)
        return e

    def route(self, source: int, sink: int, amount: int) -> int:
        routed = 0
        while routed < amount:
            dist = {source: 0}
            pred: dict[int, int] = {}
            queue, queued = [source], {source}
            while queue:
                u = queue.pop(0)
                queued.discard(u)
                for e in self.adj[u]:
                    if self.cap[e] <= 0:
                        continue
                    v, d = self.to[e], dist[u] + self.cost[e]
                    if v not in dist or d < dist[v]:
                        dist[v], pred[v] = d, e
                        if v not in queued:
                            queue.append(v)
                            queued.add(v)
            if sink not in dist:
                return routed
            push, v = amount - routed, sink
            while v != source:
                push = min(push, self.cap[pred[v]])
                v = self.to[pred[v] ^ 1]
            v = sink
            while v != source:
                self.cap[pred[v]] -= push
                self.cap[pred[v] ^ 1] += push
                v = self.to[pred[v] ^ 1]
            routed += push
        return routed


def solve_role(rules: TeamRules, seed: str, checks: list[dict], people: list[dict], groups_of, free: int):
    """Least-cost lawful assignment of one role; None when no lawful assignment exists."""
    sink = 0
    node = {p["certNo"]: 1 + i for i, p in enumerate(people)}
    count = 1 + len(people)
    flow_groups = []
    for ci, check in enumerate(checks):
        free_node = None
        if free > 0:
            free_node, count = count, count + 1
        for agency_id, supply in groups_of(check):
            flow_groups.append((ci, agency_id, supply, count, free_node))
            count += 1
    flow = Flow(count)
    for p in people:
        flow.add(node[p["certNo"]], sink, p["maxChecks"], 0)
    arcs = []
    for ci, agency_id, supply, g, free_node in flow_groups:
        check = checks[ci]
        for p in people:
            if (agency_id is None or p["agencyId"] == agency_id) and rules.eligible(check, p):
                t = team_ticket(seed, check["uscc"], p["certNo"])
                arcs.append((ci, p, t, flow.add(g, node[p["certNo"]], 1, team_cost(t))))
        if free_node is not None:
            flow.add(free_node, g, free, 0)
    for ci in range(len(checks)):
        for gci, _, supply, g, _ in flow_groups:
            if gci == ci and flow.route(g, sink, supply) < supply:
                return None
        frees = {fn for gci, _, _, _, fn in flow_groups if gci == ci and fn is not None}
        for fn in frees:
            if flow.route(fn, sink, free) < free:
                return None
    teams: list[list[dict]] = [[] for _ in checks]
    for ci, p, t, e in arcs:
        if flow.cap[e ^ 1] > 0:
            teams[ci].append({"certNo": p["certNo"], "agencyId": p["agencyId"], "ticket": t})
    for team in teams:
        team.sort(key=lambda m: m["ticket"])
    return teams


def draw_teams(inputs: dict, seed: str, objects: list[dict]):
    if inputs["team"] is None:
        return None
    rules = TeamRules(inputs)
    checks = sorted(({"uscc": d["uscc"], "stratum": s["stratum"]} for s in objects for d in s["drawn"]), key=lambda c: utf16_key(c["uscc"]))
    agencies = rules.rules["agencies"]
    officers = solve_role(rules, seed, checks, rules.officers, lambda c: [(a["agencyId"], a["minOfficers"]) for a in agencies], rules.free_seats)
    if officers is None:
        return {"status": "infeasible"}
    experts: list[list[dict]] = [[] for _ in checks]
    if rules.rules["expertsPerTeam"] > 0:
        solved = solve_role(rules, seed, checks, rules.experts, lambda c: [(None, rules.rules["expertsPerTeam"])], 0)
        if solved is None:
            return {"status": "infeasible"}
        experts = solved
    return {
        "status": "assigned",
        "checks": [{"uscc": c["uscc"], "stratum": c["stratum"], "officers": officers[i], "experts": experts[i]} for i, c in enumerate(checks)],
    }


# --------------------------------------------------------------------------- substitutions and recusals
def single_check_team(rules: TeamRules, seed: str, check: dict, loads: dict[str, int]):
    def ranked(people):
        ok = [p for p in people if rules.eligible(check, p) and loads.get(p["certNo"], 0) < p["maxChecks"]]
        return sorted(({"certNo": p["certNo"], "agencyId": p["agencyId"], "ticket": team_ticket(seed, check["uscc"], p["certNo"])} for p in ok), key=lambda m: m["ticket"])

    officers = ranked(rules.officers)
    chosen: list[str] = []
    for agency in rules.rules["agencies"]:
        own = [m for m in officers if m["agencyId"] == agency["agencyId"]][: agency["minOfficers"]]
        if len(own) < agency["minOfficers"]:
            return None
        chosen += [m["certNo"] for m in own]
    for m in officers:
        if len(chosen) >= rules.rules["officersPerTeam"]:
            break
        if m["certNo"] not in chosen:
            chosen.append(m["certNo"])
    if len(chosen) < rules.rules["officersPerTeam"]:
        return None
    experts = ranked(rules.experts)[: rules.rules["expertsPerTeam"]]
    if len(experts) < rules.rules["expertsPerTeam"]:
        return None
    return {"officers": [m for m in officers if m["certNo"] in chosen], "experts": experts}


def teams_in_force(teams, done: list[dict], recusals: list[dict]) -> dict[str, dict]:
    """Teams of the checks in force: original teams of checks not replaced, then substitutes'
    teams, each with its recusals applied (a USCC is in force at most once and only recusals
    change a team, so applying them last is the same as applying both logs in time order)."""
    replaced = {s["replaced"] for s in done}
    out: dict[str, dict] = {}
    if teams is not None and teams["status"] == "assigned":
        for c in teams["checks"]:
            if c["uscc"] not in replaced:
                out[c["uscc"]] = {"stratum": c["stratum"], "officers": c["officers"], "experts": c["experts"]}
    for s in done:
        if s["team"] is not None and s["substitute"] not in replaced:
            out[s["substitute"]] = {"stratum": s["stratum"], "officers": s["team"]["officers"], "experts": s["team"]["experts"]}
    for r in recusals:
        team = out.get(r["uscc"])
        if team is None:
            continue  # replaced after the recusal: its whole team was released
        out[r["uscc"]] = {"stratum": team["stratum"], "officers": swap_member(team["officers"], r), "experts": swap_member(team["experts"], r)}
    return out


def swap_member(members: list[dict], recusal: dict) -> list[dict]:
    if not any(m["certNo"] == recusal["certNo"] for m in members):
        return members
    return sorted([m for m in members if m["certNo"] != recusal["certNo"]] + [recusal["replacement"]], key=lambda m: m["ticket"])


def active_loads(teams, done: list[dict], recusals: list[dict], release: str | None = None) -> dict[str, int]:
    loads: dict[str, int] = {}
    for uscc, team in teams_in_force(teams, done, recusals).items():
        if uscc != release:
            for m in team["officers"] + team["experts"]:
                loads[m["certNo"]] = loads.get(m["certNo"], 0) + 1
    return loads


def next_substitution(inputs: dict, seed: str, objects: list[dict], teams, done: list[dict], recusals: list[dict], entry: Any, path: str) -> dict:
    reason, note = entry.get("reason"), entry.get("note", "")
    if reason not in SUBSTITUTION_REASONS or not isinstance(note, str) or (reason == "other" and note == ""):
        raise Mismatch(path, "a valid reason and note", entry, "替补原因或说明无效")
    replaced = {s["replaced"] for s in done}
    brought = {s["substitute"] for s in done}
    target = entry.get("replaced")
    stratum = next((s for s in objects if any(d["uscc"] == target for d in s["drawn"]) or any(d["uscc"] == target and d["uscc"] in brought for d in s["substitutes"])), None)
    if stratum is None or target in replaced:
        raise Mismatch(path + ".replaced", "a current check", target, "被替补的对象不是有效的检查对象")
    candidate = next((d for d in stratum["substitutes"] if d["uscc"] not in brought), None)
    if candidate is None:
        raise Mismatch(path, "an unused substitute", None, "备选对象已用完")
    team = None
    if inputs["team"] is not None and teams is not None and teams["status"] == "assigned":
        loads = active_loads(teams, done, recusals, target)
        team = single_check_team(TeamRules(inputs), seed, {"uscc": candidate["uscc"], "stratum": stratum["stratum"]}, loads)
        if team is None:
            raise Mismatch(path + ".team", "a lawful team", entry.get("team"), "替补对象无法组成合法检查组")
    return {
        "seq": len(done) + 1,
        "stratum": stratum["stratum"],
        "replaced": target,
        "substitute": candidate["uscc"],
        "substituteRank": candidate["rank"],
        "reason": reason,
        "note": note,
        "team": team,
    }


# ECMAScript String.prototype.trim: WhiteSpace and LineTerminator code points.
JS_TRIMMED = set("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") | {chr(c) for c in range(0x2000, 0x200B)}


def clean_text(value: Any, maximum: int) -> bool:
    """The reference's isCleanText: non-empty, at most `maximum` UTF-16 code units, no control
    characters, no leading or trailing blanks."""
    if not isinstance(value, str) or value == "":
        return False
    if len(value.encode("utf-16-le", "surrogatepass")) // 2 > maximum:
        return False
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return False
    return value[0] not in JS_TRIMMED and value[-1] not in JS_TRIMMED


def next_recusal(inputs: dict, seed: str, teams, subs: list[dict], done: list[dict], entry: dict, path: str) -> dict:
    """One member of one check's team withdraws; the replacement is, among the same role (for
    an officer the same agency), eligible for the check, not on its team, not recused from it
    before and under the load cap, the one with the lowest team ticket."""
    note = entry.get("note")
    note = "" if note is None else note
    if note != "" and not clean_text(note, 500):
        raise Mismatch(path + ".note", "a note of at most 500 characters", note, "回避说明过长或含有控制字符")
    if inputs["team"] is None or teams is None or teams["status"] != "assigned":
        raise Mismatch(path, "a draw with teams", entry, "本次抽取没有分配检查组，不能回避")
    uscc, cert_no = entry.get("uscc"), entry.get("certNo")
    team = teams_in_force(teams, subs, done).get(uscc) if isinstance(uscc, str) else None
    if team is None:
        raise Mismatch(path + ".uscc", "a check in force", uscc, "回避的检查对象当时不是有效的检查对象")
    officer = next((m for m in team["officers"] if m["certNo"] == cert_no), None)
    recused = officer or next((m for m in team["experts"] if m["certNo"] == cert_no), None)
    if recused is None:
        raise Mismatch(path + ".certNo", "a member of the check's team", cert_no, "回避的人员不是该检查组的成员")
    rules = TeamRules(inputs)
    loads = active_loads(teams, subs, done)
    barred = {cert_no} | {m["certNo"] for m in team["officers"] + team["experts"]} | {r["certNo"] for r in done if r["uscc"] == uscc}
    pool = [p for p in rules.officers if p["agencyId"] == officer["agencyId"]] if officer else rules.experts
    check = {"uscc": uscc, "stratum": team["stratum"]}
    best = None
    for p in pool:
        if p["certNo"] in barred or not rules.eligible(check, p) or loads.get(p["certNo"], 0) >= p["maxChecks"]:
            continue
        t = team_ticket(seed, uscc, p["certNo"])
        if best is None or t < best["ticket"]:
            best = {"certNo": p["certNo"], "agencyId": p["agencyId"], "ticket": t}
    if best is None:
        raise Mismatch(path + ".replacement", "a replacement", entry.get("replacement"), "没有符合条件的替换人员")
    return {"seq": len(done) + 1, "after": len(subs), "uscc": uscc, "certNo": cert_no, "note": note, "replacement": best}


def replay_logs(inputs: dict, seed: str, objects: list[dict], teams, sub_log: list, rec_log: list):
    """Both post-draw logs in time order: before substitution i the recusals with after == i
    (in log order), after the last substitution those with after == len(sub_log)."""
    subs: list[dict] = []
    recs: list[dict] = []
    k = 0

    def after_of(entry):
        after = entry.get("after") if isinstance(entry, dict) else None
        return after if type(after) is int else None

    for i in range(len(sub_log) + 1):
        while k < len(rec_log) and after_of(rec_log[k]) == i:
            recs.append(next_recusal(inputs, seed, teams, subs, recs, rec_log[k], f"recusals[{k}]"))
            k += 1
        if i < len(sub_log):
            subs.append(next_substitution(inputs, seed, objects, teams, subs, recs, sub_log[i], f"substitutions[{i}]"))
    if k < len(rec_log):
        if not isinstance(rec_log[k], dict):
            raise Mismatch(f"recusals[{k}]", "an object", rec_log[k], "回避记录应为对象")
        raise Mismatch(f"recusals[{k}].after", f"0…{len(sub_log)}, not decreasing", rec_log[k].get("after"), "回避记录的顺序无效")
    return subs, recs


# --------------------------------------------------------------------------- comparison
def first_difference(expected: Any, actual: Any, path: str):
    if type(expected) is type(actual) and expected == actual:
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        for i in range(min(len(expected), len(actual))):
            d = first_difference(expected[i], actual[i], f"{path}[{i}]")
            if d:
                return d
        if len(expected) != len(actual):
            return (f"{path}.length", len(expected), len(actual))
        return None
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual), key=utf16_key):
            sub = key if path == "" else f"{path}.{key}"
            if key not in actual:
                return (sub, expected[key], None)
            if key not in expected:
                return (sub, None, actual[key])
            d = first_difference(expected[key], actual[key], sub)
            if d:
                return d
        return None
    return (path, expected, actual)


def compare(expected: Any, actual: Any, path: str, message: str) -> None:
    d = first_difference(expected, actual, path)
    if d:
        raise Mismatch(d[0], d[1], d[2], message)


# --------------------------------------------------------------------------- verify
def producer_of(value: Any) -> dict | None:
    if not isinstance(value, dict):
        return None
    short = all(clean_text(value.get(k), 100) for k in ("software", "version"))
    digest = isinstance(value.get("drawCodeSha256"), str) and re.fullmatch(r"[0-9a-f]{64}", value["drawCodeSha256"])
    return {k: value[k] for k in ("software", "version", "drawCodeSha256")} if short and digest else None


def verify_draw(bundle: Any) -> dict:
    """Return {"ok": True, ...} or {"ok": False, "path", "expected", "actual", "message"}."""
    try:
        if not isinstance(bundle, dict):
            raise Mismatch("", "object", type(bundle).__name__, "抽取包应为 JSON 对象")
        if bundle.get("algorithm") != ALGORITHM_ID:
            raise Mismatch("algorithm", ALGORITHM_ID, bundle.get("algorithm"), "不支持的算法版本")
        inputs = bundle.get("commitmentInputs")
        validate_inputs(inputs)
        commitment = sha256_hex(canonical_json(inputs))
        if bundle.get("commitment") != commitment:
            raise Mismatch("commitment", commitment, bundle.get("commitment"), "承诺值与抽取输入的哈希不符")
        reveals = bundle.get("reveals")
        if not isinstance(reveals, list):
            raise Mismatch("reveals", "array", reveals, "缺少揭示的随机数")
        sorted_reveals = check_reveals(inputs["entropy"], reveals)
        compare(sorted_reveals, reveals, "reveals", "揭示的随机数应按来源标识排序")
        seed = derive_seed(commitment, sorted_reveals)
        if bundle.get("seed") != seed:
            raise Mismatch("seed", seed, bundle.get("seed"), "种子与推导结果不符")
        objects = draw_objects(inputs, seed)
        compare(objects, bundle.get("objects"), "objects", "抽中对象、签号或排序不符")
        teams = draw_teams(inputs, seed, objects)
        actual_teams = bundle.get("teams")
        if teams is not None and teams["status"] == "infeasible":
            # Only the fact is re-derived here; the explanatory messages are the reference's.
            if not isinstance(actual_teams, dict) or actual_teams.get("status") != "infeasible":
                raise Mismatch("teams.status", "infeasible", actual_teams.get("status") if isinstance(actual_teams, dict) else actual_teams, "检查组分配不符")
        else:
            compare(teams, actual_teams, "teams", "检查组分配不符")
        log = bundle.get("substitutions")
        if not isinstance(log, list):
            raise Mismatch("substitutions", "array", log, "缺少替补记录")
        recusals = bundle.get("recusals", [])  # absent: no recusal was ever made
        if not isinstance(recusals, list):
            raise Mismatch("recusals", "array", recusals, "回避记录应为数组")
        subs, recs = replay_logs(inputs, seed, objects, teams, log, recusals)
        compare(subs, log, "substitutions", "替补记录不符")
        compare(recs, recusals, "recusals", "回避记录不符")
        drawn = sum(len(s["drawn"]) for s in objects)
        values = {r["source"]: r["value"] for r in sorted_reveals}
        announcements = [
            {"source": s["id"], "label": s["label"], **s["announcement"], "value": values[s["id"]]} for s in inputs["entropy"] if "announcement" in s
        ]
        return {
            "ok": True,
            "commitment": commitment,
            "seed": seed,
            "drawn": drawn,
            "substitutions": len(log),
            "recusals": len(recusals),
            "announcements": announcements,
            # §11.1: informative, outside the commitment; reported as claimed, never needed to verify.
            "producer": producer_of(bundle.get("producer")),
        }
    except Mismatch as m:
        return {"ok": False, "path": m.path, "expected": m.expected, "actual": m.actual, "message": m.message}
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        return {"ok": False, "path": "", "expected": "a well-formed bundle", "actual": repr(error), "message": "抽取包无法解析"}


# --------------------------------------------------------------------------- standing
def draw_standing(bundle: dict, uscc: str) -> dict:
    """Where one enterprise stands in a verified bundle ("我被抽中了吗"): in the pool or excluded
    (with the reasons), its stratum, its object ticket, the stratum's cut-off (the highest drawn
    ticket; a ticket at most this wins) and the outcome. outcome is None when the frozen
    directory did not name the enterprise at all."""
    pool = bundle["commitmentInputs"]["pool"]
    none = {"inPool": False, "stratum": None, "ticket": None, "cutOff": None, "outcome": None, "excludedFor": []}
    for e in pool["excluded"]:
        if e["uscc"] == uscc:
            return {**none, "stratum": e["stratum"], "outcome": "excluded", "excludedFor": list(e["reasons"])}
    stratum = next((s["id"] for s in pool["strata"] if uscc in s["objects"]), None)
    if stratum is None:
        return none
    result = next((s for s in bundle["objects"] if s["stratum"] == stratum), {"drawn": [], "substitutes": []})
    drawn, subs = result["drawn"], result["substitutes"]
    outcome = "drawn" if any(d["uscc"] == uscc for d in drawn) else "substitute" if any(d["uscc"] == uscc for d in subs) else "not_drawn"
    return {
        "inPool": True,
        "stratum": stratum,
        "ticket": object_ticket(bundle["seed"], stratum, uscc),
        "cutOff": max((d["ticket"] for d in drawn), default=None),
        "outcome": outcome,
        "excludedFor": [],
    }


def main(argv: list[str]) -> int:
    args = argv[1:]
    uscc = None
    if len(args) == 3 and args[0] == "--uscc":
        uscc, args = args[1], args[2:]
    elif len(args) == 3 and args[1] == "--uscc":
        uscc, args = args[2], args[:1]
    if len(args) != 1 or (uscc is not None and not valid_uscc(uscc.strip().upper())):
        print("usage: python3 verify_draw.py [--uscc USCC] bundle.json", file=sys.stderr)
        if uscc is not None:
            print(f"统一社会信用代码无效：{uscc}", file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        bundle = json.load(f)
    result = verify_draw(bundle)
    if uscc is not None and result["ok"]:
        # Only a verified bundle is read for a standing; a changed one is reported as such.
        result["standing"] = draw_standing(bundle, uscc.strip().upper())
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

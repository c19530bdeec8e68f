-- One region's audit chain as JSON lines, for check_anchors.py --chain (docs/audit-anchoring.md).
-- Needs read access to the database:
--   psql "$DATABASE_URL" -At -v region=350881 -f export_chain.sql > chain.jsonl
select json_build_object(
         'seq', seq, 'chainSeq', chain_seq, 'regionCode', region_code, 'actorUserId', actor_user_id,
         'action', action, 'subjectKind', subject_kind, 'subjectId', subject_id, 'before', before, 'after', after,
         'occurredAt', to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'prevHash', prev_hash, 'hash', hash)
  from audit_event
 where region_code = :'region'
 order by seq;

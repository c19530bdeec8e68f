/** Raw material for made-up but plausible names; no entry is meant to be a real enterprise or person. */

/** Common surnames of 闽西, weighted roughly by frequency. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 12], ['林', 10], ['黄', 8], ['张', 7], ['李', 7], ['王', 6], ['吴', 5], ['刘', 5], ['郑', 4], ['杨', 4],
  ['邱', 4], ['罗', 3], ['曾', 3], ['赖', 3], ['温', 3], ['谢', 3], ['卢', 3], ['苏', 2], ['廖', 2], ['傅', 2],
  ['邓', 2], ['江', 2], ['游', 2], ['翁', 2], ['蔡', 2], ['范', 1], ['魏', 1], ['简', 1], ['詹', 1], ['涂', 1],
];

export const GIVEN_MALE: readonly string[] = [
  '建', '国', '明', '伟', '志', '文', '华', '强', '德', '荣', '辉', '新', '春', '海', '永', '金', '清', '良', '忠', '平',
  '斌', '勇', '军', '杰', '涛', '彬', '炜', '鑫', '宇', '晨', '锋', '峰', '俊', '鸿', '森', '龙', '生', '福', '旺', '源',
];

export const GIVEN_FEMALE: readonly string[] = [
  '丽', '芳', '秀', '英', '玉', '兰', '娟', '萍', '燕', '红', '霞', '梅', '琴', '惠', '珍', '婷', '静', '雪', '莉', '晓',
  '敏', '颖', '琳', '倩', '慧', '月', '凤', '青', '艳', '洁',
];

/** Characters for 字号 (trade names): two of them make names like 鑫源、恒达、嘉福. */
export const TRADE_NAME_FIRST: readonly string[] = [
  '鑫', '恒', '盛', '宏', '兴', '隆', '永', '金', '嘉', '福', '安', '长', '鸿', '新', '正', '诚', '宝', '汇', '众', '振',
  '昌', '万', '广', '天', '瑞', '华', '泰', '丰', '祥', '顺', '佳', '益', '联', '铭', '博', '通', '融', '润', '辰', '东',
];

export const TRADE_NAME_SECOND: readonly string[] = [
  '源', '达', '盛', '兴', '泰', '丰', '祥', '顺', '利', '发', '信', '和', '安', '成', '通', '茂', '宇', '晟', '鑫', '辉',
  '峰', '腾', '升', '旺', '宏', '林', '川', '远', '泽', '荣', '隆', '德', '海', '邦', '凯', '瑞', '华', '铭', '恒', '鼎',
];

/** Village names for addresses outside the city centre (generic, not a register of real villages). */
export const VILLAGES: readonly string[] = [
  '东坑', '西山', '上坪', '溪口', '后坂', '洋头', '南坑', '石门', '岭头', '大坂', '坑口', '下洋', '竹林', '黄坑', '高坑',
  '田头', '前洋', '新寨', '官坑', '水口', '福坑', '三溪', '林坊', '墩头', '桥头', '湖洋', '山后', '梅林', '上洋', '中堡',
];

/** Streets and parks for addresses in 菁城街道 and 桂林街道. */
export const STREETS: readonly string[] = [
  '菁华路', '解放路', '城南路', '和平路', '建设路', '新华路', '九鹏大道', '河滨路', '工业路', '桂林路', '站前路', '滨江路',
];

export const MINERALS_OPEN_PIT: readonly string[] = ['石灰石', '建筑用花岗岩', '建筑用砂石', '高岭土', '石英砂', '饰面用花岗岩', '白云岩', '叶蜡石'];
export const MINERALS_UNDERGROUND: readonly string[] = ['铁矿', '铅锌矿', '萤石矿', '锰矿'];

/** Enterprise name endings per sub-sector; the generator retries on a duplicate name. */
export const NAME_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  'hazardous_chemicals.production': ['化工有限公司', '气体有限公司', '新材料科技有限公司', '精细化工有限公司', '化学品有限公司'],
  'hazardous_chemicals.storage_trading': ['化工物资有限公司', '石化仓储有限公司', '化工储运有限公司'],
  'hazardous_chemicals.trading': ['化工贸易有限公司', '化工原料经营部', '化学试剂有限公司', '工贸有限公司', '化工产品商行'],
  'industry_trade.metallurgy': ['铸造有限公司', '铁合金有限公司', '冶金炉料有限公司', '钢结构有限公司', '精密铸件有限公司'],
  'industry_trade.nonferrous': ['铝业有限公司', '铜业有限公司', '有色金属有限公司', '硅业有限公司'],
  'industry_trade.building_materials': ['水泥有限公司', '石材有限公司', '商品混凝土有限公司', '新型建材有限公司', '陶瓷有限公司', '建材有限公司', '环保砖业有限公司'],
  'industry_trade.machinery': ['机械有限公司', '机械制造有限公司', '汽车配件有限公司', '电机有限公司', '农机有限公司', '五金制品有限公司'],
  'industry_trade.light_industry': ['木业有限公司', '竹业有限公司', '家具有限公司', '茶业有限公司', '食品有限公司', '纸业有限公司', '竹木制品有限公司', '包装有限公司', '工艺品有限公司'],
  'industry_trade.textile': ['纺织有限公司', '服饰有限公司', '制衣有限公司', '织造有限公司'],
  'industry_trade.tobacco': ['烟叶复烤有限公司', '烟叶仓储有限公司', '烟草物流有限公司'],
  'industry_trade.commerce': ['商贸有限公司', '购物广场有限公司', '超市有限公司', '物流有限公司', '仓储有限公司', '百货有限公司'],
};

/** Reference lists for enterprises (BRIEF.md). */
export const ENTERPRISE_SCALES = ['大型', '中型', '小型', '微型'] as const

export const ENTERPRISE_TAGS = [
  '高新技术企业',
  '科技型中小企业',
  '专精特新中小企业',
  '专精特新"小巨人"企业',
  '国家知识产权优势企业',
  '国家知识产权示范企业',
  '商会会员',
] as const

export const IP_TYPES = [
  '发明专利',
  '实用新型',
  '外观设计',
  '商标',
  '著作权',
  '商业秘密',
  '地理标志',
  '集成电路布图设计',
  '植物新品种',
  '其他',
] as const

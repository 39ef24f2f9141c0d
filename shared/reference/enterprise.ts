/** Reference lists for enterprises (BRIEF.md). */
export const ENTERPRISE_SCALES = ['大型', '中型', '小型', '微型'] as const

/** How registers write the scale: 小型企业, or just 小. */
export const ENTERPRISE_SCALE_ALIASES: Readonly<
  Record<(typeof ENTERPRISE_SCALES)[number], readonly string[]>
> = {
  大型: ['大型企业', '大'],
  中型: ['中型企业', '中'],
  小型: ['小型企业', '小'],
  微型: ['微型企业', '微'],
}

export const ENTERPRISE_TAGS = [
  '高新技术企业',
  '科技型中小企业',
  '专精特新中小企业',
  '专精特新"小巨人"企业',
  '国家知识产权优势企业',
  '国家知识产权示范企业',
  '商会会员',
] as const

/**
 * The short names used in offices and registers (高新, 国高, 科小, 小巨人). Quotes are ignored
 * when matching, so 专精特新“小巨人”企业 and 专精特新小巨人企业 need no alias.
 */
export const ENTERPRISE_TAG_ALIASES: Readonly<
  Record<(typeof ENTERPRISE_TAGS)[number], readonly string[]>
> = {
  高新技术企业: ['高新', '高企', '国高', '高新技术', '国家高新技术企业'],
  科技型中小企业: ['科技型中小', '科小', '科技型'],
  专精特新中小企业: ['专精特新', '专精特新企业'],
  '专精特新"小巨人"企业': ['小巨人', '小巨人企业', '专精特新小巨人'],
  国家知识产权优势企业: ['知识产权优势企业', '优势企业'],
  国家知识产权示范企业: ['知识产权示范企业', '示范企业'],
  商会会员: ['会员', '商会会员企业'],
}

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

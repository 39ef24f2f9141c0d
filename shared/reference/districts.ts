/** Tianjin's 16 districts (BRIEF.md), in the order used by official statistics. */
export const DISTRICTS = [
  '和平区',
  '河东区',
  '河西区',
  '南开区',
  '河北区',
  '红桥区',
  '东丽区',
  '西青区',
  '津南区',
  '北辰区',
  '武清区',
  '宝坻区',
  '滨海新区',
  '宁河区',
  '静海区',
  '蓟州区',
] as const

export type District = (typeof DISTRICTS)[number]

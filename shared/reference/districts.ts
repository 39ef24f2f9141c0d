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

/**
 * Names still found in registers: the former districts merged into 滨海新区 (2009) and the
 * counties that became districts (武清 2000, 宝坻 2001, 静海 and 宁河 2015, 蓟县 → 蓟州区 2016).
 */
const FORMER_NAMES: Partial<Record<District, readonly string[]>> = {
  滨海新区: ['塘沽区', '汉沽区', '大港区', '塘沽', '汉沽', '大港'],
  武清区: ['武清县'],
  宝坻区: ['宝坻县'],
  静海区: ['静海县'],
  宁河区: ['宁河县'],
  蓟州区: ['蓟县'],
}

/** Other ways a district is written: 西青, 滨海, 天津市河西区, and the former names. */
export const DISTRICT_ALIASES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  DISTRICTS.map((district) => [
    district,
    [
      district.replace(/新?区$/, ''),
      `天津市${district}`,
      `天津${district}`,
      ...(FORMER_NAMES[district] ?? []),
    ],
  ]),
)

export const DISTRICTS_ALLOWED = '天津市 16 个区，如“和平区”“滨海新区”'

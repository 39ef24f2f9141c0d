import { creditCodeCheckCharacter } from '../domain/creditCode'
import type { Enterprise } from '../kinds/enterprise'
import { DISTRICTS, type District } from '../reference/districts'
import { ENTERPRISE_TAGS } from '../reference/enterprise'
import type { IndustryCode } from '../reference/industries'
import { mobileNumber, officePhone, personName } from './people'
import type { SeededRandom } from './random'

/** 行政区划代码 of Tianjin's districts: positions 3–8 of a credit code. */
const DIVISION_CODES: Record<District, string> = {
  和平区: '120101',
  河东区: '120102',
  河西区: '120103',
  南开区: '120104',
  河北区: '120105',
  红桥区: '120106',
  东丽区: '120110',
  西青区: '120111',
  津南区: '120112',
  北辰区: '120113',
  武清区: '120114',
  宝坻区: '120115',
  滨海新区: '120116',
  宁河区: '120117',
  静海区: '120118',
  蓟州区: '120119',
}

const CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** A valid 统一社会信用代码 of an enterprise (登记管理部门 9, 机构类别 1) in the district. */
export function sampleCreditCode(random: SeededRandom, district: District): string {
  let body = random.chance(0.7) ? 'MA0' : ''
  while (body.length < 9) body += CODE_CHARSET.charAt(random.int(0, CODE_CHARSET.length - 1))
  const first17 = `91${DIVISION_CODES[district]}${body}`
  return first17 + (creditCodeCheckCharacter(first17) ?? '0')
}

const TRADE_NAME_CHARS = Array.from(
  '华泰瑞丰宏达鑫源恒通中科博远天宇海晟金诚信安润德正合众创新汇智航联睿思嘉禾英特凯盛锦程云帆立达宝隆万景明远昊天',
)

/** What the enterprise does, with the industry it belongs to. */
const BUSINESSES: readonly (readonly [string, IndustryCode])[] = [
  ['科技', 'I'],
  ['信息技术', 'I'],
  ['软件', 'I'],
  ['网络科技', 'I'],
  ['智能制造', 'C'],
  ['新材料', 'C'],
  ['精密机械', 'C'],
  ['电子', 'C'],
  ['生物医药', 'C'],
  ['医疗器械', 'C'],
  ['汽车零部件', 'C'],
  ['化工', 'C'],
  ['食品', 'C'],
  ['新能源', 'D'],
  ['环保工程', 'N'],
  ['建设工程', 'E'],
  ['商贸', 'F'],
  ['物流', 'G'],
  ['餐饮管理', 'H'],
  ['检测认证', 'M'],
  ['知识产权代理', 'L'],
  ['文化传媒', 'R'],
  ['农业科技', 'A'],
  ['教育科技', 'P'],
]

const CHAMBERS = [
  '天津市浙江商会',
  '天津市福建商会',
  '天津市温州商会',
  '天津市江苏商会',
  '天津市科技企业商会',
  '滨海新区工商联新一代信息技术商会',
]

const STREETS = [
  '友谊路',
  '南京路',
  '卫津路',
  '黄河道',
  '红旗路',
  '津塘路',
  '中山路',
  '西青道',
  '海河东路',
  '第五大街',
]

function tradeName(random: SeededRandom): string {
  const length = random.chance(0.8) ? 2 : 3
  let name = ''
  while (name.length < length) name += random.pick(TRADE_NAME_CHARS)
  return name
}

/** `count` fictional enterprises with unique names and codes, deterministic for a seed. */
export function sampleEnterprises(random: SeededRandom, count: number): Enterprise[] {
  const names = new Set<string>()
  const codes = new Set<string>()
  const result: Enterprise[] = []
  while (result.length < count) {
    const district = random.pick(DISTRICTS)
    const [business, industry] = random.pick(BUSINESSES)
    const suffix = random.chance(0.85) ? '有限公司' : '股份有限公司'
    const name = `天津${tradeName(random)}${business}${suffix}`
    const creditCode = sampleCreditCode(random, district)
    if (names.has(name) || codes.has(creditCode)) continue
    names.add(name)
    codes.add(creditCode)
    const scale = random.pick(['小型', '小型', '微型', '中型', '中型', '大型'] as const)
    const inventive = industry === 'C' || industry === 'I' || industry === 'M'
    result.push({
      name,
      creditCode,
      district,
      industry,
      scale,
      tags: random.some(ENTERPRISE_TAGS, inventive ? 3 : 1),
      chamber: random.chance(0.3) ? random.pick(CHAMBERS) : '',
      inventionPatents: inventive ? random.int(0, 60) : random.int(0, 3),
      utilityModels: random.int(0, inventive ? 120 : 10),
      designs: random.int(0, 20),
      trademarks: random.int(0, 40),
      copyrights: industry === 'I' ? random.int(5, 80) : random.int(0, 6),
      contactName: personName(random),
      contactPhone: random.chance(0.5) ? mobileNumber(random) : officePhone(random),
      address: `天津市${district}${random.pick(STREETS)}${random.int(1, 999)}号`,
      note: '',
      foundedOn: foundingDate(creditCode),
      files: [],
    })
  }
  return result
}

/**
 * A founding date between 1995 and 2022 read from the credit code, so adding it drew nothing
 * from the seeded sequence and every other sample value stayed as it was.
 */
function foundingDate(creditCode: string): string {
  let hash = 0
  for (const char of creditCode) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${1995 + (hash % 28)}-${pad(1 + (hash % 12))}-${pad(1 + (hash % 28))}`
}

export const SAMPLE_CHAMBERS = CHAMBERS

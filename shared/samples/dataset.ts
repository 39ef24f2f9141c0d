import type { Contact } from '../kinds/contact'
import type { Enterprise } from '../kinds/enterprise'
import type { Org } from '../kinds/org'
import { CITY_FEDERATION_ID, CITY_IP_OFFICE_ID, SEED_ORGS } from '../reference/organisations'
import { SAMPLE_CHAMBERS, sampleEnterprises } from './enterprises'
import { mobileNumber, officePhone, personName } from './people'
import { SeededRandom } from './random'

/** The 示例 data set of 加载示例数据: every kind that exists, fictional and deterministic. */
export interface SampleDataset {
  readonly enterprises: readonly Enterprise[]
  readonly orgs: readonly Org[]
  readonly contacts: readonly Contact[]
}

const CITY_STAFF: readonly (readonly [string, string, string])[] = [
  [CITY_IP_OFFICE_ID, '专利管理处', '处长'],
  [CITY_IP_OFFICE_ID, '专利管理处', '一级主任科员'],
  [CITY_IP_OFFICE_ID, '保护处', '处长'],
  [CITY_IP_OFFICE_ID, '保护处', '四级调研员'],
  [CITY_FEDERATION_ID, '法律服务部', '部长'],
  [CITY_FEDERATION_ID, '法律服务部', '干部'],
  [CITY_FEDERATION_ID, '经济部', '部长'],
  [CITY_FEDERATION_ID, '经济部', '副部长'],
]

export function sampleDataset(seed = 20230323): SampleDataset {
  const random = new SeededRandom(seed)
  const enterprises = sampleEnterprises(random, 60)
  const orgs: Org[] = SAMPLE_CHAMBERS.map((name) => ({
    name,
    shortName: '',
    category: 'chamber',
    level: name.startsWith('天津市') ? 'city' : 'district',
    district: name.startsWith('滨海新区') ? '滨海新区' : '',
    departments: ['秘书处', '调解委员会'],
    phone: officePhone(random),
    address: '',
    note: '',
  }))
  const contact = (orgId: string, department: string, title: string): Contact => ({
    name: personName(random),
    orgId,
    department,
    title,
    phone: officePhone(random),
    mobile: mobileNumber(random),
    email: '',
    note: '',
  })
  const districtStaff = SEED_ORGS.filter((org) => org.data.level === 'district')
    .filter(() => random.chance(0.5))
    .map((org) =>
      contact(org.id, org.data.category === 'federation' ? '办公室' : '知识产权科', '科长'),
    )
  return {
    enterprises,
    orgs,
    contacts: [
      ...CITY_STAFF.map(([orgId, dept, title]) => contact(orgId, dept, title)),
      ...districtStaff,
    ],
  }
}

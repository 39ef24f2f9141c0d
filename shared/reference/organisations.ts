import type { Org } from '../kinds/org'
import { DISTRICTS, type District } from './districts'

/**
 * The organisations every installation starts with (BRIEF.md). Their ids are fixed, not random,
 * so that the same body has the same id on every PC and merging data between PCs never doubles
 * them.
 */
export interface SeedOrg {
  readonly id: string
  readonly data: Org
}

const DISTRICT_SLUGS: Record<District, string> = {
  和平区: 'heping',
  河东区: 'hedong',
  河西区: 'hexi',
  南开区: 'nankai',
  河北区: 'hebei',
  红桥区: 'hongqiao',
  东丽区: 'dongli',
  西青区: 'xiqing',
  津南区: 'jinnan',
  北辰区: 'beichen',
  武清区: 'wuqing',
  宝坻区: 'baodi',
  滨海新区: 'binhai',
  宁河区: 'ninghe',
  静海区: 'jinghai',
  蓟州区: 'jizhou',
}

const blank = { phone: '', address: '', note: '' }

export const CITY_IP_OFFICE_ID = 'org-city-ip'
export const CITY_FEDERATION_ID = 'org-city-federation'

export const SEED_ORGS: readonly SeedOrg[] = [
  {
    id: CITY_IP_OFFICE_ID,
    data: {
      ...blank,
      name: '天津市知识产权局',
      shortName: '市知识产权局',
      category: 'ipOffice',
      level: 'city',
      district: '',
      departments: ['专利管理处', '保护处'],
    },
  },
  {
    id: CITY_FEDERATION_ID,
    data: {
      ...blank,
      name: '天津市工商业联合会',
      shortName: '市工商联',
      category: 'federation',
      level: 'city',
      district: '',
      departments: ['法律服务部', '经济部'],
    },
  },
  ...DISTRICTS.flatMap((district): SeedOrg[] => [
    {
      id: `org-${DISTRICT_SLUGS[district]}-ip`,
      data: {
        ...blank,
        name: `${district}知识产权局`,
        shortName: '',
        category: 'ipOffice',
        level: 'district',
        district,
        departments: [],
        note: '实际多由区市场监督管理局承担知识产权管理职责，名称可按实际修改。',
      },
    },
    {
      id: `org-${DISTRICT_SLUGS[district]}-federation`,
      data: {
        ...blank,
        name: `${district}工商业联合会`,
        shortName: `${district}工商联`,
        category: 'federation',
        level: 'district',
        district,
        departments: [],
      },
    },
  ]),
]

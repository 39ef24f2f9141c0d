import { DISTRICT_ALIASES, DISTRICTS, DISTRICTS_ALLOWED } from '../reference/districts'
import {
  ENTERPRISE_SCALE_ALIASES,
  ENTERPRISE_SCALES,
  ENTERPRISE_TAG_ALIASES,
  ENTERPRISE_TAGS,
} from '../reference/enterprise'
import { INDUSTRIES_ALLOWED } from '../reference/industries'
import { DEFAULT_ATTACHMENT_RULES } from './attachments'
import { INDUSTRY_OPTIONS, optionsOf } from './choiceInputs'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

export const enterpriseKind = defineKind({
  name: 'enterprise',
  table: 'enterprises',
  label: '企业',
  title: '企业库',
  fields: {
    name: field.text('企业名称', {
      max: 100,
      required: true,
      excel: ['企业', '名称', '单位名称', '公司名称'],
    }),
    creditCode: field.creditCode('统一社会信用代码', {
      placeholder: '18位，如 91120116MA05XXXXXX',
      excel: ['信用代码', '社会信用代码', '统一代码', '组织机构代码'],
    }),
    district: field.choice('所属区', optionsOf(DISTRICTS, DISTRICT_ALIASES), {
      allowed: DISTRICTS_ALLOWED,
      excel: ['区', '所在区', '区域', '辖区'],
    }),
    industry: field.choice('所属行业', INDUSTRY_OPTIONS, {
      allowed: INDUSTRIES_ALLOWED,
      helperText: 'GB/T 4754-2017 门类',
      excel: ['行业', '行业门类', '国民经济行业'],
    }),
    scale: field.choice('企业规模', optionsOf(ENTERPRISE_SCALES, ENTERPRISE_SCALE_ALIASES), {
      excel: ['规模'],
    }),
    tags: field.choices('企业标签', optionsOf(ENTERPRISE_TAGS, ENTERPRISE_TAG_ALIASES), {
      excel: ['标签', '企业类型', '资质'],
    }),
    chamber: field.text('所属商会', {
      max: 100,
      suggestions: { kind: 'org', filters: { category: ['chamber'] } },
      excel: ['商会'],
    }),
    foundedOn: field.date('成立日期', { width: 6, excel: ['成立时间', '注册日期', '成立'] }),
    inventionPatents: field.count('发明专利', { excel: ['发明', '发明专利数'] }),
    utilityModels: field.count('实用新型', { excel: ['实用新型专利', '实用新型数'] }),
    designs: field.count('外观设计', { excel: ['外观设计专利', '外观专利'] }),
    trademarks: field.count('商标', { excel: ['商标数', '注册商标'] }),
    copyrights: field.count('著作权', { excel: ['著作权数', '软件著作权', '软著'] }),
    contactName: field.text('联系人', { max: 50, excel: ['联系人姓名'] }),
    contactPhone: field.phone('联系电话', { excel: ['电话', '手机', '联系方式'] }),
    address: field.text('地址', {
      max: 200,
      width: 12,
      excel: ['注册地址', '经营地址', '企业地址'],
    }),
    note: field.longText('备注', { max: 2000, excel: ['说明'] }),
    files: field.attachments('附件', DEFAULT_ATTACHMENT_RULES),
  },
  form: [
    {
      title: '基本信息',
      fields: [
        'name',
        'creditCode',
        'district',
        'industry',
        'scale',
        'tags',
        'chamber',
        'foundedOn',
      ],
    },
    {
      title: '知识产权概况',
      fields: ['inventionPatents', 'utilityModels', 'designs', 'trademarks', 'copyrights'],
    },
    { title: '联系方式', fields: ['contactName', 'contactPhone', 'address'] },
    { title: '其他', fields: ['note', 'files'] },
  ],
  titleField: 'name',
  subtitle: (e) => [e.creditCode, e.district].filter(Boolean).join(' · '),
  indexes: ['name', 'creditCode', 'district', 'industry', 'scale', '*tags'],
  listColumns: [
    { field: 'name', width: 260, sortable: true },
    { field: 'creditCode', width: 190, sortable: true },
    { field: 'district', width: 100, sortable: true },
    { field: 'industry', width: 200, sortable: true },
    { field: 'scale', width: 90, sortable: true },
    { field: 'tags', width: 240 },
    { field: 'contactName', width: 100 },
    { field: 'updatedAt', width: 150, sortable: true },
  ],
  filters: [
    { field: 'district' },
    { field: 'industry' },
    { field: 'tags', match: { any: '任一标签', all: '全部标签' } },
    { field: 'scale' },
  ],
  searchFields: ['name', 'creditCode'],
  tallied: ['district'],
  unique: [{ field: 'creditCode', message: '该统一社会信用代码已在企业库中' }],
})

export type Enterprise = ReturnType<typeof enterpriseKind.schema.parse>
export const enterpriseSchema = enterpriseKind.schema

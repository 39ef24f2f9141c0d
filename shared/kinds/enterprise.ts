import { DISTRICTS } from '../reference/districts'
import { ENTERPRISE_SCALES, ENTERPRISE_TAGS } from '../reference/enterprise'
import { INDUSTRY_CODES, INDUSTRY_SECTIONS, industryLabel } from '../reference/industries'
import { z } from '../zod'
import {
  choiceList,
  count,
  creditCode,
  optionalChoice,
  optionalText,
  phone,
  requiredText,
} from './fieldSchemas'
import type { FieldOption, KindDefinition } from './types'

const options = (values: readonly string[]): FieldOption[] =>
  values.map((value) => ({ value, label: value }))

export const enterpriseSchema = z.object({
  name: requiredText('企业名称', 100),
  creditCode: creditCode(),
  district: optionalChoice(DISTRICTS, '所属区'),
  industry: optionalChoice(INDUSTRY_CODES, '所属行业'),
  scale: optionalChoice(ENTERPRISE_SCALES, '企业规模'),
  tags: choiceList(ENTERPRISE_TAGS, '企业标签'),
  chamber: optionalText('所属商会', 100),
  inventionPatents: count('发明专利'),
  utilityModels: count('实用新型'),
  designs: count('外观设计'),
  trademarks: count('商标'),
  copyrights: count('著作权'),
  contactName: optionalText('联系人', 50),
  contactPhone: phone('联系电话'),
  address: optionalText('地址', 200),
  note: optionalText('备注', 2000),
})

export type Enterprise = z.infer<typeof enterpriseSchema>

export const enterpriseKind: KindDefinition<typeof enterpriseSchema> = {
  name: 'enterprise',
  table: 'enterprises',
  label: '企业',
  title: '企业库',
  schema: enterpriseSchema,
  empty: () => ({
    name: '',
    creditCode: '',
    district: '',
    industry: '',
    scale: '',
    tags: [],
    chamber: '',
    inventionPatents: 0,
    utilityModels: 0,
    designs: 0,
    trademarks: 0,
    copyrights: 0,
    contactName: '',
    contactPhone: '',
    address: '',
    note: '',
  }),
  fields: {
    name: { label: '企业名称', input: { type: 'text' }, required: true, width: 6 },
    creditCode: {
      label: '统一社会信用代码',
      input: { type: 'text', placeholder: '18位，如 91120116MA05XXXXXX' },
      width: 6,
    },
    district: { label: '所属区', input: { type: 'select', options: options(DISTRICTS) }, width: 4 },
    industry: {
      label: '所属行业',
      input: {
        type: 'select',
        options: INDUSTRY_SECTIONS.map((s) => ({ value: s.code, label: industryLabel(s.code) })),
      },
      helperText: 'GB/T 4754-2017 门类',
      width: 4,
    },
    scale: {
      label: '企业规模',
      input: { type: 'select', options: options(ENTERPRISE_SCALES) },
      width: 4,
    },
    tags: {
      label: '企业标签',
      input: { type: 'multiselect', options: options(ENTERPRISE_TAGS) },
      width: 6,
    },
    chamber: { label: '所属商会', input: { type: 'text', suggestions: 'chambers' }, width: 6 },
    inventionPatents: { label: '发明专利', input: { type: 'integer' }, width: 4 },
    utilityModels: { label: '实用新型', input: { type: 'integer' }, width: 4 },
    designs: { label: '外观设计', input: { type: 'integer' }, width: 4 },
    trademarks: { label: '商标', input: { type: 'integer' }, width: 4 },
    copyrights: { label: '著作权', input: { type: 'integer' }, width: 4 },
    contactName: { label: '联系人', input: { type: 'text' }, width: 6 },
    contactPhone: { label: '联系电话', input: { type: 'text' }, width: 6 },
    address: { label: '地址', input: { type: 'text' }, width: 12 },
    note: { label: '备注', input: { type: 'text', multiline: true }, width: 12 },
  },
  form: [
    {
      title: '基本信息',
      fields: ['name', 'creditCode', 'district', 'industry', 'scale', 'tags', 'chamber'],
    },
    {
      title: '知识产权概况',
      fields: ['inventionPatents', 'utilityModels', 'designs', 'trademarks', 'copyrights'],
    },
    { title: '联系方式', fields: ['contactName', 'contactPhone', 'address'] },
    { title: '其他', fields: ['note'] },
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
  filters: [{ field: 'district' }, { field: 'industry' }, { field: 'tags' }, { field: 'scale' }],
  searchFields: ['name', 'creditCode'],
  unique: [{ field: 'creditCode', message: '该统一社会信用代码已在企业库中' }],
  excel: [
    { field: 'name', aliases: ['企业', '名称', '单位名称', '公司名称'] },
    { field: 'creditCode', aliases: ['信用代码', '社会信用代码', '统一代码', '组织机构代码'] },
    { field: 'district', aliases: ['区', '所在区', '区域', '辖区'] },
    { field: 'industry', aliases: ['行业', '行业门类', '国民经济行业'] },
    { field: 'scale', aliases: ['规模'] },
    { field: 'tags', aliases: ['标签', '企业类型', '资质'] },
    { field: 'chamber', aliases: ['商会'] },
    { field: 'inventionPatents', aliases: ['发明', '发明专利数'] },
    { field: 'utilityModels', aliases: ['实用新型专利', '实用新型数'] },
    { field: 'designs', aliases: ['外观设计专利', '外观专利'] },
    { field: 'trademarks', aliases: ['商标数', '注册商标'] },
    { field: 'copyrights', aliases: ['著作权数', '软件著作权', '软著'] },
    { field: 'contactName', aliases: ['联系人姓名'] },
    { field: 'contactPhone', aliases: ['电话', '手机', '联系方式'] },
    { field: 'address', aliases: ['注册地址', '经营地址', '企业地址'] },
    { field: 'note', aliases: ['说明'] },
  ],
}

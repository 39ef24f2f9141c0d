import { DISTRICTS } from '../reference/districts'
import { z } from '../zod'
import { DISTRICT_INPUT } from './choiceInputs'
import { optionalChoice, optionalText, phone, requiredText, textList } from './fieldSchemas'
import type { KindDefinition } from './types'

export const ORG_CATEGORIES = [
  { value: 'ipOffice', label: '知识产权管理部门' },
  { value: 'federation', label: '工商联' },
  { value: 'chamber', label: '商会' },
  { value: 'court', label: '司法机关' },
  { value: 'other', label: '其他单位' },
] as const

export const ORG_LEVELS = [
  { value: 'city', label: '市级' },
  { value: 'district', label: '区级' },
] as const

const categoryValues = ORG_CATEGORIES.map((c) => c.value) as [string, ...string[]]
const levelValues = ORG_LEVELS.map((l) => l.value) as [string, ...string[]]

export const orgSchema = z
  .object({
    name: requiredText('单位名称', 100),
    shortName: optionalText('简称', 30),
    category: optionalChoice(categoryValues, '单位类别'),
    level: optionalChoice(levelValues, '层级'),
    district: optionalChoice(DISTRICTS, '所属区'),
    departments: textList('内设部门', 50, 50),
    phone: phone('联系电话'),
    address: optionalText('地址', 200),
    note: optionalText('备注', 2000),
  })
  .superRefine((org, ctx) => {
    if (org.level === 'district' && org.district === '') {
      ctx.addIssue({ code: 'custom', path: ['district'], message: '区级单位请选择所属区' })
    }
  })

export type Org = z.infer<typeof orgSchema>

export const orgKind: KindDefinition<typeof orgSchema> = {
  name: 'org',
  table: 'orgs',
  label: '单位',
  title: '机构',
  schema: orgSchema,
  empty: () => ({
    name: '',
    shortName: '',
    category: '',
    level: '',
    district: '',
    departments: [],
    phone: '',
    address: '',
    note: '',
  }),
  fields: {
    name: { label: '单位名称', input: { type: 'text' }, required: true, width: 6 },
    shortName: { label: '简称', input: { type: 'text' }, width: 6 },
    category: { label: '单位类别', input: { type: 'select', options: ORG_CATEGORIES }, width: 4 },
    level: { label: '层级', input: { type: 'select', options: ORG_LEVELS }, width: 4 },
    district: { label: '所属区', input: DISTRICT_INPUT, width: 4 },
    departments: {
      label: '内设部门',
      input: { type: 'stringList', placeholder: '输入部门名称后按回车' },
      width: 12,
    },
    phone: { label: '联系电话', input: { type: 'text' }, width: 6 },
    address: { label: '地址', input: { type: 'text' }, width: 6 },
    note: { label: '备注', input: { type: 'text', multiline: true }, width: 12 },
  },
  form: [
    { title: '基本信息', fields: ['name', 'shortName', 'category', 'level', 'district'] },
    { title: '内设部门', fields: ['departments'] },
    { title: '联系方式', fields: ['phone', 'address', 'note'] },
  ],
  titleField: 'name',
  subtitle: (org) =>
    [ORG_CATEGORIES.find((c) => c.value === org.category)?.label, org.district]
      .filter(Boolean)
      .join(' · '),
  indexes: ['name', 'category', 'level', 'district'],
  listColumns: [
    { field: 'name', width: 260, sortable: true },
    { field: 'category', width: 150, sortable: true },
    { field: 'level', width: 80, sortable: true },
    { field: 'district', width: 100, sortable: true },
    { field: 'departments', width: 260 },
    { field: 'phone', width: 140 },
  ],
  filters: [{ field: 'category' }, { field: 'level' }, { field: 'district' }],
  searchFields: ['name', 'shortName'],
  unique: [{ field: 'name', message: '已有同名单位' }],
  excel: [
    { field: 'name', aliases: ['名称', '单位'] },
    { field: 'shortName', aliases: ['简称'] },
    { field: 'category', aliases: ['类别'] },
    { field: 'level', aliases: ['级别'] },
    { field: 'district', aliases: ['区'] },
    { field: 'departments', aliases: ['部门'] },
    { field: 'phone', aliases: ['电话'] },
    { field: 'address' },
    { field: 'note' },
  ],
}

import { DISTRICT_ALIASES, DISTRICTS, DISTRICTS_ALLOWED } from '../reference/districts'
import { optionsOf } from './choiceInputs'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

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

export const orgKind = defineKind({
  name: 'org',
  table: 'orgs',
  label: '单位',
  title: '机构',
  fields: {
    name: field.text('单位名称', { max: 100, required: true, excel: ['名称', '单位'] }),
    shortName: field.text('简称', { max: 30, excel: ['简称'] }),
    category: field.choice('单位类别', ORG_CATEGORIES, { excel: ['类别'] }),
    level: field.choice('层级', ORG_LEVELS, { excel: ['级别'] }),
    district: field.choice('所属区', optionsOf(DISTRICTS, DISTRICT_ALIASES), {
      allowed: DISTRICTS_ALLOWED,
      excel: ['区'],
    }),
    departments: field.texts('内设部门', {
      maxItems: 50,
      maxLength: 50,
      placeholder: '输入部门名称后按回车',
      excel: ['部门'],
    }),
    phone: field.phone('联系电话', { excel: ['电话'] }),
    address: field.text('地址', { max: 200 }),
    note: field.longText('备注', { max: 2000 }),
  },
  refine: (org, ctx) => {
    if (org.level === 'district' && org.district === '') {
      ctx.addIssue({ code: 'custom', path: ['district'], message: '区级单位请选择所属区' })
    }
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
})

export type Org = ReturnType<typeof orgKind.schema.parse>
export const orgSchema = orgKind.schema

import { z } from '../zod'
import { email, optionalText, phone, requiredText } from './fieldSchemas'
import type { KindDefinition } from './types'

export const contactSchema = z.object({
  name: requiredText('姓名', 50),
  orgId: optionalText('单位', 64),
  department: optionalText('部门', 50),
  title: optionalText('职务', 50),
  phone: phone('电话'),
  mobile: phone('手机'),
  email: email('邮箱'),
  note: optionalText('备注', 2000),
})

export type Contact = z.infer<typeof contactSchema>

export const contactKind: KindDefinition<typeof contactSchema> = {
  name: 'contact',
  table: 'contacts',
  label: '联系人',
  title: '联系人',
  schema: contactSchema,
  empty: () => ({
    name: '',
    orgId: '',
    department: '',
    title: '',
    phone: '',
    mobile: '',
    email: '',
    note: '',
  }),
  fields: {
    name: { label: '姓名', input: { type: 'text' }, required: true, width: 6 },
    orgId: { label: '单位', input: { type: 'reference', kind: 'org' }, width: 6 },
    department: { label: '部门', input: { type: 'text' }, width: 6 },
    title: { label: '职务', input: { type: 'text' }, width: 6 },
    phone: { label: '电话', input: { type: 'text' }, width: 6 },
    mobile: { label: '手机', input: { type: 'text' }, width: 6 },
    email: { label: '邮箱', input: { type: 'text' }, width: 6 },
    note: { label: '备注', input: { type: 'text', multiline: true }, width: 12 },
  },
  form: [
    { title: '基本信息', fields: ['name', 'orgId', 'department', 'title'] },
    { title: '联系方式', fields: ['phone', 'mobile', 'email', 'note'] },
  ],
  titleField: 'name',
  subtitle: (c) => [c.department, c.title].filter(Boolean).join(' · '),
  indexes: ['name', 'orgId'],
  listColumns: [
    { field: 'name', width: 120, sortable: true },
    { field: 'orgId', width: 240, sortable: true },
    { field: 'department', width: 140 },
    { field: 'title', width: 120 },
    { field: 'phone', width: 150 },
    { field: 'mobile', width: 150 },
    { field: 'email', width: 200 },
  ],
  filters: [{ field: 'orgId' }],
  searchFields: ['name', 'department', 'title', 'phone', 'mobile', 'email'],
  unique: [],
  excel: [
    { field: 'name', aliases: ['联系人', '姓名'] },
    { field: 'orgId', aliases: ['单位', '单位名称', '工作单位'] },
    { field: 'department', aliases: ['部门', '处室'] },
    { field: 'title', aliases: ['职务', '职位'] },
    { field: 'phone', aliases: ['电话', '办公电话'] },
    { field: 'mobile', aliases: ['手机', '手机号'] },
    { field: 'email', aliases: ['邮箱', '电子邮箱'] },
    { field: 'note' },
  ],
}

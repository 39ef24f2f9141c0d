import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

export const contactKind = defineKind({
  name: 'contact',
  table: 'contacts',
  label: '联系人',
  title: '联系人',
  fields: {
    name: field.text('姓名', { max: 50, required: true, excel: ['联系人', '姓名'] }),
    orgId: field.reference('单位', 'org', { excel: ['单位', '单位名称', '工作单位'] }),
    department: field.text('部门', { max: 50, excel: ['部门', '处室'] }),
    title: field.text('职务', { max: 50, excel: ['职务', '职位'] }),
    phone: field.phone('电话', { excel: ['电话', '办公电话'] }),
    mobile: field.phone('手机', { excel: ['手机', '手机号'] }),
    email: field.email('邮箱', { excel: ['邮箱', '电子邮箱'] }),
    note: field.longText('备注', { max: 2000 }),
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
})

export type Contact = ReturnType<typeof contactKind.schema.parse>
export const contactSchema = contactKind.schema

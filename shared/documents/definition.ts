import { cleanText } from '../text/cleanText'
import { z } from '../zod'
import { isIsoDate } from './chineseDate'
import { documentNumberProblem, normalizeDocumentNumber } from './documentNumber'

/**
 * The document definition: the public JSON format that describes one 公文. Users and tests write
 * these files, so the field names are fixed (see README). Every field carries its own Chinese
 * message; `validateDefinition` lists every problem with its path.
 */

/** Every text of a definition is cleaned (see cleanText), so no part of the .docx can be malformed. */
function text(label: string) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}应为文字`),
    })
    .overwrite(cleanText)
}

/**
 * An optional text field. Tools that write definitions often write "" for "none": a blank value
 * means the field is absent, so `schema` must accept a blank string.
 */
function absentIfBlank<T extends z.ZodType<string, string>>(schema: T) {
  return schema.transform((value) => (value.trim() === '' ? undefined : value)).optional()
}

function requiredText(label: string) {
  return text(label).refine((value) => value.trim() !== '', `${label}不能为空`)
}

function textList(label: string) {
  return z.array(requiredText(label), {
    error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}应为文字列表`),
  })
}

function isoDate(label: string) {
  return text(label).refine(isIsoDate, `${label}格式应为 YYYY-MM-DD，且是存在的日期`)
}

export const FORMATS = ['file', 'letter', 'minutes'] as const
export type DocumentFormat = (typeof FORMATS)[number]

export const FORMAT_LABELS: Record<DocumentFormat, string> = {
  file: '文件格式',
  letter: '信函格式',
  minutes: '纪要格式',
}

export const HEADING_TYPES = ['h1', 'h2', 'h3', 'h4'] as const
export type HeadingType = (typeof HEADING_TYPES)[number]

const paragraphBlock = z.strictObject({
  type: z.literal('p'),
  text: text('段落文字'),
})

const headingBlock = z.strictObject({
  type: z.enum(HEADING_TYPES),
  text: requiredText('标题文字'),
  /** Text that continues in the same paragraph after the heading, in 仿宋. */
  run: absentIfBlank(text('标题后的正文')),
})

const tableBlock = z
  .strictObject({
    type: z.literal('table'),
    title: absentIfBlank(text('表格标题')),
    columns: z.array(text('列名'), { error: '表格的列名应为文字列表' }).min(1, '表格至少要有一列'),
    rows: z.array(z.array(text('单元格'), { error: '表格的每一行应为文字列表' }), {
      error: '表格的行应为列表',
    }),
    /** The least height of each body row in mm (a 签到表's rows are tall enough to sign in). */
    rowHeight: z
      .number({ error: '行高应为数字（毫米）' })
      .min(8, '行高至少 8 毫米')
      .max(30, '行高至多 30 毫米')
      .optional(),
    /** 小四 text instead of 4号, for a table of many columns (a 签到表 with 联系电话). */
    small: z.boolean({ error: 'small（小四号字）应为 true 或 false' }).optional(),
    /** Relative column widths (a 签到表's 签名 column is wide though empty); by content if absent. */
    columnWeights: z
      .array(z.number().positive('列宽比例应为正数'), { error: '列宽比例应为数字列表' })
      .optional(),
  })
  .superRefine((table, context) => {
    if (table.columnWeights && table.columnWeights.length !== table.columns.length) {
      context.addIssue({
        code: 'custom',
        path: ['columnWeights'],
        message: `列宽比例有 ${String(table.columnWeights.length)} 个，应与列数 ${String(table.columns.length)} 一致`,
      })
    }
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        context.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `第 ${String(index + 1)} 行有 ${String(row.length)} 格，应与列数 ${String(table.columns.length)} 一致`,
        })
      }
    })
  })

const pageBreakBlock = z.strictObject({ type: z.literal('pagebreak') })

/** The most bars a chart has: more would not fit the type area's height with readable labels. */
export const CHART_MAX_BARS = 25

/**
 * A chart of counts (走访企业按区分布): a horizontal bar a category, printed as a sharp image the
 * width of the type area, its title above it like a table's.
 */
const chartBlock = z
  .strictObject({
    type: z.literal('chart'),
    title: requiredText('图表标题'),
    categories: z
      .array(requiredText('图表类别'), { error: '图表类别应为文字列表' })
      .min(1, '图表至少要有一项')
      .max(CHART_MAX_BARS, `图表至多 ${String(CHART_MAX_BARS)} 项`),
    values: z.array(
      z
        .number({ error: '图表数值应为数字' })
        .nonnegative('图表数值不能为负数')
        .max(1e12, '图表数值过大'),
      { error: '图表数值应为数字列表' },
    ),
  })
  .superRefine((chart, context) => {
    if (chart.values.length !== chart.categories.length) {
      context.addIssue({
        code: 'custom',
        path: ['values'],
        message: `图表数值有 ${String(chart.values.length)} 个，应与类别数 ${String(chart.categories.length)} 一致`,
      })
    }
  })

export const blockSchema = z.discriminatedUnion(
  'type',
  [paragraphBlock, headingBlock, tableBlock, chartBlock, pageBreakBlock],
  {
    error: '段落类型应为 p、h1、h2、h3、h4、table、chart 或 pagebreak',
  },
)

const attachmentSchema = z.strictObject({
  title: requiredText('附件标题'),
  body: z.array(blockSchema, { error: '附件正文应为段落列表' }).optional(),
})

const attendanceSchema = z.strictObject({
  present: textList('出席人员').optional(),
  absent: textList('请假人员').optional(),
  observers: textList('列席人员').optional(),
})

const optionsSchema = z.strictObject({
  fonts: z
    .enum(['standard', 'system'], {
      error: '字体应为 standard（标准公文字体）或 system（系统字体）',
    })
    .default('standard'),
  duplex: z.boolean({ error: 'duplex（双面打印）应为 true 或 false' }).default(false),
})

export const definitionSchema = z
  .strictObject(
    {
      format: z
        .enum(FORMATS, { error: '格式应为 file（文件）、letter（信函）或 minutes（纪要）' })
        .default('file'),
      copyNumber: absentIfBlank(
        text('份号')
          .trim()
          .regex(/^(\d{6})?$/, '份号应为 6 位阿拉伯数字，如 000012'),
      ),
      classification: absentIfBlank(
        text('密级')
          .trim()
          .regex(
            /^((绝密|机密|秘密)(★.+)?)?$/,
            '密级应为 绝密、机密 或 秘密，可加保密期限，如 秘密★1年',
          ),
      ),
      urgency: z
        .enum(['特急', '加急', ''], { error: '紧急程度应为“特急”或“加急”' })
        .transform((value) => (value === '' ? undefined : value))
        .optional(),
      issuers: textList('发文机关').min(1, '至少要有一个发文机关'),
      markText: absentIfBlank(text('发文机关标志')),
      documentNumber: absentIfBlank(text('发文字号')),
      signers: textList('签发人').optional(),
      title: requiredText('标题'),
      mainRecipients: absentIfBlank(
        text('主送机关')
          .trim()
          .overwrite((value) => value.replace(/[：:]$/, '')),
      ),
      body: z.array(blockSchema, { error: '正文应为段落列表' }),
      attachments: z.array(attachmentSchema, { error: '附件应为列表' }).optional(),
      signatures: textList('署名').min(1, '署名至少要有一个；不写此字段则用发文机关').optional(),
      sealed: z.boolean({ error: 'sealed（加盖印章）应为 true 或 false' }).default(false),
      date: isoDate('成文日期'),
      note: absentIfBlank(
        text('附注')
          .trim()
          .overwrite((value) => value.replace(/^[（(](.*)[）)]$/, '$1')),
      ),
      attendance: attendanceSchema.optional(),
      copyTo: textList('抄送机关').optional(),
      /** A 简报's 报送 (those above it are sent it) and 分送 (others), on the 版记 before 印发. */
      reportTo: textList('报送机关').optional(),
      sendTo: textList('分送机关').optional(),
      printer: absentIfBlank(text('印发机关')),
      printDate: absentIfBlank(
        text('印发日期').refine(
          (value) => value.trim() === '' || isIsoDate(value),
          '印发日期格式应为 YYYY-MM-DD，且是存在的日期',
        ),
      ),
      options: optionsSchema.default({ fonts: 'standard', duplex: false }),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : '文档定义应为 JSON 对象'),
    },
  )
  .superRefine((definition, context) => {
    if (definition.signers?.length && !definition.documentNumber) {
      context.addIssue({
        code: 'custom',
        path: ['documentNumber'],
        message: '有签发人的上行文须有发文字号',
      })
    }
    // Fields a format does not print are refused rather than silently dropped.
    if (definition.signers?.length && definition.format !== 'file') {
      context.addIssue({
        code: 'custom',
        path: ['signers'],
        message: '签发人只用于文件格式的上行文',
      })
    }
    if (definition.sealed && definition.format === 'minutes') {
      context.addIssue({ code: 'custom', path: ['sealed'], message: '纪要不署名，也不加盖印章' })
    }
    if (definition.format === 'letter' && (definition.printer || definition.printDate)) {
      context.addIssue({
        code: 'custom',
        path: [definition.printer ? 'printer' : 'printDate'],
        message: '信函格式的版记不印印发机关和印发日期',
      })
    }
  })
  // 发文字号 brackets are normalised; a 纪要's 期号 in the same field keeps its own form.
  .transform((definition) =>
    definition.documentNumber === undefined || definition.format === 'minutes'
      ? definition
      : { ...definition, documentNumber: normalizeDocumentNumber(definition.documentNumber) },
  )

export type DocumentDefinitionInput = z.input<typeof definitionSchema>
export type DocumentDefinition = z.output<typeof definitionSchema>
export type Block = z.output<typeof blockSchema>
export type ChartBlock = Extract<Block, { type: 'chart' }>
export type Attachment = z.output<typeof attachmentSchema>

export interface DefinitionProblem {
  /** Where the problem is, e.g. `body[3].text`; empty for the whole definition. */
  readonly path: string
  readonly message: string
}

export type DefinitionResult =
  | { readonly ok: true; readonly definition: DocumentDefinition }
  | { readonly ok: false; readonly problems: readonly DefinitionProblem[] }

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${String(key)}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('')
}

/** Validates and normalises a definition, listing every problem in Chinese with its path. */
export function validateDefinition(input: unknown): DefinitionResult {
  const result = definitionSchema.safeParse(input)
  const numberProblem = documentNumberProblemOf(input)
  if (result.success && !numberProblem) return { ok: true, definition: result.data }
  const issues = result.success ? [] : result.error.issues
  return {
    ok: false,
    problems: [...issues, ...(numberProblem ? [numberProblem] : [])].map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return {
          path: formatPath(issue.path),
          message: `未知字段：${issue.keys.join('、')}（字段名区分大小写）`,
        }
      }
      return { path: formatPath(issue.path), message: issue.message }
    }),
  }
}

/**
 * The 发文字号 rule is checked apart from the schema so that it is reported together with every
 * other problem (zod skips object-level refinements once a field has failed). 纪要 carry a 期号
 * in this field, which has its own free form.
 */
function documentNumberProblemOf(input: unknown): z.core.$ZodIssue | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const { format, documentNumber } = input as Record<string, unknown>
  if (format === 'minutes' || typeof documentNumber !== 'string' || documentNumber.trim() === '')
    return undefined
  const message = documentNumberProblem(normalizeDocumentNumber(documentNumber))
  if (!message) return undefined
  return { code: 'custom', path: ['documentNumber'], message, input: documentNumber }
}

/** One line per problem: `date: 成文日期格式应为 YYYY-MM-DD…`. */
export function describeProblems(problems: readonly DefinitionProblem[]): string {
  return problems
    .map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message))
    .join('\n')
}

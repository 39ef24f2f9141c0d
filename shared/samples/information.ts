import { encodeParty } from '../kinds/parties'
import { addCalendarDays } from '../workdays/deadlines'

/**
 * 政策文件, 参考案例 and 宣传报道 of the 示例 data: the 2023 joint policy itself, two national
 * ones, typical cases of the kinds enterprises ask about, and reports of the sample training.
 */
export function sampleInformation(today: string) {
  return {
    policies: [
      {
        name: '天津市协同推进知识产权服务民营经济发展工作的实施意见',
        issuer: '天津市知识产权局、天津市工商业联合会',
        documentNumber: '',
        issuedOn: '2023-03-23',
        summary:
          '建立市区两级知识产权部门与工商联常态化沟通联系机制，共同开展走访调研、宣传培训、维权援助和纠纷调解，服务民营企业知识产权高质量发展。',
      },
      {
        name: '知识产权强国建设纲要（2021—2035年）',
        issuer: '中共中央、国务院',
        documentNumber: '',
        issuedOn: '2021-09-22',
        summary: '提出到2035年知识产权强国建设的总体目标和重点任务。',
      },
      {
        name: '专利转化运用专项行动方案（2023—2025年）',
        issuer: '国务院办公厅',
        documentNumber: '国办发〔2023〕37号',
        issuedOn: '2023-10-17',
        summary: '推动高校和科研机构专利向中小企业转化，提升专利产业化水平。',
      },
    ].map((policy) => ({ ...policy, files: [] })),
    referenceCases: [
      {
        title: '某科技公司发明专利侵权纠纷行政裁决案',
        ipType: '发明专利',
        caseType: '行政裁决',
        authority: '天津市知识产权局',
        year: 2024,
        summary: '请求人的发明专利被同行业企业仿制销售，经行政裁决认定侵权成立，责令停止侵权。',
        significance: '行政裁决程序简便、周期短，为中小企业快速维权提供了有效途径。',
      },
      {
        title: '某食品企业商标侵权纠纷人民调解案',
        ipType: '商标',
        caseType: '人民调解',
        authority: '天津市知识产权纠纷人民调解委员会',
        year: 2025,
        summary: '双方就近似商标的使用发生争议，经调解达成和解，被申请人更换包装并给予补偿。',
        significance: '调解成本低、关系修复好，适合民营企业之间的知识产权纠纷。',
      },
      {
        title: '某制造企业商业秘密刑事案件',
        ipType: '商业秘密',
        caseType: '刑事案件',
        authority: '天津市第一中级人民法院',
        year: 2023,
        summary: '前员工带走核心技术图纸用于新公司生产，被判侵犯商业秘密罪。',
        significance: '提示企业建立保密制度、签订保密协议，留存维权证据。',
      },
    ].map((found) => ({ ...found, files: [] })),
    publicity: [
      {
        title: '市知识产权局、市工商联联合举办民营企业知识产权保护与运用培训班',
        media: '天津日报',
        publishedOn: addCalendarDays(today, -28),
        link: 'https://www.example.cn/news/training',
        note: '',
      },
      {
        title: '知识产权服务走进民营企业',
        media: '天津广播电视台',
        publishedOn: addCalendarDays(today, -60),
        link: '',
        note: '电视新闻报道，视频存档于宣传科。',
      },
    ].map((report) => ({ ...report, files: [] })),
  }
}

/** A 信息通报 issue of the 示例 data telling of the first policy and the first two cases. */
export function sampleBriefing(
  policies: readonly { readonly id: string }[],
  cases: readonly { readonly id: string }[],
  today: string,
) {
  return {
    title: '民营企业知识产权政策和典型案例通报',
    series: '信息通报',
    issuedOn: addCalendarDays(today, -7),
    intro: '现将近期知识产权服务民营企业的政策文件和典型案例通报如下，请结合实际做好宣传。',
    items: [
      ...policies.slice(0, 1).map((policy) => encodeParty({ kind: 'policy', id: policy.id })),
      ...cases.slice(0, 2).map((found) => encodeParty({ kind: 'referenceCase', id: found.id })),
    ],
    reportTo: ['天津市人民政府办公厅'],
    sendTo: ['各区知识产权局', '各区工商业联合会'],
  }
}

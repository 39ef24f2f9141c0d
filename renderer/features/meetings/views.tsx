import AssignmentIcon from '@mui/icons-material/AssignmentTurnedInOutlined'
import GroupsIcon from '@mui/icons-material/GroupsOutlined'
import type { KindView } from '../../records/views'
import { ConvertDecisionButton } from './ConvertDecisionButton'

const GROUP = '会议督办'

/** 会议: its page lists its 议程 and 议定事项 (children) and the 督办事项 linked to it. */
export const meetingView: KindView = {
  kind: 'meeting',
  path: '/meetings',
  countUnit: '次',
  nav: { label: '会议', icon: GroupsIcon, group: GROUP },
  searchPlaceholder: '会议名称或地点',
  listTakesSearch: true,
  detailPanels: async () => {
    const [{ LinkedRecordsPanel }, { AttendancePanel }] = await Promise.all([
      import('../../records/links/LinkedRecordsPanel'),
      import('./AttendancePanel'),
    ])
    return (id) => (
      <>
        <AttendancePanel meetingId={id} />
        <LinkedRecordsPanel kind="actionItem" field="links" target={{ kind: 'meeting', id }} />
        <LinkedRecordsPanel kind="liaisonEntry" field="links" target={{ kind: 'meeting', id }} />
      </>
    )
  },
}

/** 议程 and 议定事项 are written on their meeting's page. */
export const agendaItemView: KindView = {
  kind: 'agendaItem',
  path: '/agenda-items',
  countUnit: '项',
  searchPlaceholder: '议题或会议记录',
  listTakesSearch: true,
  childrenEditor: async () => {
    const { AgendaNotesEditor } = await import('./AgendaNotesEditor')
    return (meetingId) => <AgendaNotesEditor meetingId={meetingId} />
  },
}

/** 参会企业代表 are added on their meeting's page. */
export const enterpriseDelegateView: KindView = {
  kind: 'enterpriseDelegate',
  path: '/enterprise-delegates',
  countUnit: '人',
  searchPlaceholder: '姓名',
  listTakesSearch: true,
}

export const decisionView: KindView = {
  kind: 'decision',
  path: '/decisions',
  countUnit: '项',
  searchPlaceholder: '议定内容',
  listTakesSearch: true,
  rowActions: (decision) => <ConvertDecisionButton decision={decision} />,
  detailPanels: async () => {
    const { LinkedRecordsPanel } = await import('../../records/links/LinkedRecordsPanel')
    return (id) => (
      <LinkedRecordsPanel kind="actionItem" field="links" target={{ kind: 'decision', id }} />
    )
  },
}

/** 督办事项: across meetings, with their deadlines; 进展记录 are added on an item's page. */
export const actionItemView: KindView = {
  kind: 'actionItem',
  path: '/action-items',
  countUnit: '项',
  nav: { label: '督办事项', icon: AssignmentIcon, group: GROUP },
  searchPlaceholder: '事项内容',
  listTakesSearch: true,
}

export const progressNoteView: KindView = {
  kind: 'progressNote',
  path: '/progress-notes',
  countUnit: '条',
  searchPlaceholder: '进展情况',
  listTakesSearch: true,
}

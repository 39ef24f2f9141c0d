import { KINDS } from '../../shared/kinds'
import { APP_VIEWS } from './views'
import { navigatedViews } from '../records/views'

/** The full results of a search across kinds (the top bar's 查看全部). */
export const searchPath = (text: string) => `/search?q=${encodeURIComponent(text)}`

/** How many matches the top bar's search shows before it offers 查看全部. */
export const GLOBAL_SEARCH_SHOWN = 20

/** Every kind the app shows is found by the top bar's search. */
export const SEARCHED_KINDS = APP_VIEWS.map((view) => view.kind)

/** The search box's hint, naming the main kinds it finds: 搜索企业、单位、联系人、公文（Ctrl+K）. */
export const SEARCH_HINT = `搜索${navigatedViews()
  .map((view) => KINDS[view.kind].label)
  .join('、')}（Ctrl+K）`

import { localIsoDate, type TemplateContext } from '../../../shared/documents/templates'
import { useRecord } from '../../data/hooks'
import { useSettings } from '../../data/SettingsContext'
import { useWorkCalendar } from '../../records/workflow/useDeadline'

const FALLBACK_ISSUER = '天津市知识产权局'

/**
 * The context templates are filled from: the settings' 默认发文机关, else the name of 本单位,
 * else 天津市知识产权局; today's date; the 工作日历. Undefined until the settings (and 本单位) are read, so a
 * new document never starts with the wrong issuer.
 */
export function useTemplateContext(): TemplateContext | undefined {
  const { settings, loaded } = useSettings()
  // A deleted 本单位 reads as undefined once loaded: the fallback issuer is used then.
  const home = useRecord('org', settings.homeOrgId || undefined)
  const calendar = useWorkCalendar()
  if (!loaded || home.loading) return undefined
  const homeOrg = home.data
  return {
    issuer: settings.defaultIssuer || homeOrg?.name || FALLBACK_ISSUER,
    today: localIsoDate(new Date()),
    fonts: settings.documentFonts,
    workCalendar: calendar,
  }
}

import { localIsoDate, type TemplateContext } from '../../../shared/documents/templates'
import { useRecordsById } from '../../data/hooks'
import { useSettings } from '../../data/SettingsContext'

const FALLBACK_ISSUER = '天津市知识产权局'

/**
 * The context templates are filled from: the settings' 默认发文机关, else the name of 本单位,
 * else 天津市知识产权局; today's date. Undefined until the settings (and 本单位) are read, so a
 * new document never starts with the wrong issuer.
 */
export function useTemplateContext(): TemplateContext | undefined {
  const { settings, loaded } = useSettings()
  const homeOrgs = useRecordsById('org', settings.homeOrgId ? [settings.homeOrgId] : [])
  if (!loaded) return undefined
  const homeOrg = homeOrgs.get(settings.homeOrgId)
  if (settings.homeOrgId && !homeOrg && !settings.defaultIssuer) return undefined
  return {
    issuer: settings.defaultIssuer || homeOrg?.name || FALLBACK_ISSUER,
    today: localIsoDate(new Date()),
  }
}

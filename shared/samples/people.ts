import type { SeededRandom } from './random'

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉宁晨雪琳志国海波鹏宇浩然梓萱子涵欣怡诗雨思博佳琪晓东立新春雷'

export function personName(random: SeededRandom): string {
  const surname = random.pick(Array.from(SURNAMES))
  const given = random.chance(0.6)
    ? random.pick(Array.from(GIVEN)) + random.pick(Array.from(GIVEN))
    : random.pick(Array.from(GIVEN))
  return surname + given
}

export function mobileNumber(random: SeededRandom): string {
  const prefix = random.pick(['135', '136', '138', '139', '150', '152', '158', '186', '187', '189'])
  return `${prefix}${String(random.int(0, 99_999_999)).padStart(8, '0')}`
}

/** A Tianjin landline (区号 022, eight digits). */
export function officePhone(random: SeededRandom): string {
  return `022-${random.int(2, 8)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
}

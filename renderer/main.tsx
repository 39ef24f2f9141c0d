/*
 * The entry is small on purpose. It runs as soon as its one file arrives: IndexedDB starts loading
 * the database (warmDatabase) while the app's code is still being fetched and evaluated. With
 * years of records, loading the database is the longest wait of the first screen.
 */
import './data/warmDatabase'

import('./app/start').catch(() => {
  // Only a damaged installation lacks the app's files; React is not there to say so.
  const message = document.createElement('p')
  message.textContent = '协知无法启动：程序文件不完整或已损坏，请重新安装协知。'
  message.style.cssText = 'font: 16px sans-serif; margin: 48px; color: #b71c1c'
  document.body.replaceChildren(message)
})

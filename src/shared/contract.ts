import type { Article, ArticleId, ArticleSummary } from './model/article'

/**
 * THE main <-> renderer contract: every call, declared once. Channel names are `noun:verb`.
 * Preload, main (IPC and the browser host) and the renderer all derive their types from here,
 * so renaming a channel breaks the build everywhere at once.
 */
export type Contract = {
  'articles:list': () => ArticleSummary[]
  'articles:get': (id: ArticleId) => Article
}

export type Channel = keyof Contract

/** Every channel, for code that must enumerate them (the preload bridge, the host's router). */
export const CHANNELS = ['articles:list', 'articles:get'] as const satisfies readonly Channel[]

// Fails to compile if a channel is declared in Contract but missing from CHANNELS.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: [Missing] extends [never] ? true : Missing = true
void everyChannelListed

/** The renderer's view: every call is asynchronous and rejects with an AppError. */
export type Api = {
  [C in Channel]: (...args: Parameters<Contract[C]>) => Promise<ReturnType<Contract[C]>>
}

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name)
}

/** Vite's import.meta.glob as Vitest provides it (vite itself is not a direct dependency). */
interface ImportMeta {
  glob<Module>(pattern: string, options: { eager: true }): Record<string, Module>;
}

/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The gateway serves every /api path; the dev server only forwards to it.
const apiUrl = process.env.API_URL ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [react()],
  css: {
    // govuk-frontend still ships an old IE hack that lightningcss refuses without recovery.
    lightningcss: { errorRecovery: true },
  },
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: { '/api': { target: apiUrl, changeOrigin: false } },
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    proxy: { '/api': { target: apiUrl, changeOrigin: false } },
  },
  build: {
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts'
          return undefined
        },
      },
    },
  },
  test: {
    environment: 'node', // component tests opt in to jsdom with a @vitest-environment comment
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
})

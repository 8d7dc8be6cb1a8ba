import { useEffect } from 'react'

/** Every page has its own title, as WCAG 2.4.2 asks. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Total Place` : 'Total Place'
  }, [title])
}

import { useEffect, useRef } from 'react'
import * as echarts from 'echarts/core'
import { BarChart, SankeyChart } from 'echarts/charts'
import { GridComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsCoreOption } from 'echarts/core'

echarts.use([BarChart, SankeyChart, GridComponent, TooltipComponent, SVGRenderer])

/** No animation under automation (tests, screenshots) or when the user asks for reduced motion. */
export function animationWanted(): boolean {
  if (typeof navigator !== 'undefined' && navigator.webdriver) return false
  if (typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return false
  return true
}

/**
 * An ECharts chart. It is described by `label` for assistive technology; the exact numbers are always
 * in the table shown with it (charts are never the only way to read a figure).
 */
export function Chart({ option, label, height = 360 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const el = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!el.current) return
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' })
    chart.setOption({ animation: animationWanted(), textStyle: { fontFamily: 'GDS Transport, arial, sans-serif' }, ...option })
    const resize = () => chart.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      chart.dispose()
    }
  }, [option])
  return <div ref={el} role="img" aria-label={label} className="tp-chart" style={{ height }} />
}

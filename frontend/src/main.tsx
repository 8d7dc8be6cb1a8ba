import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css'
import './styles.css'
import { App } from './App'

document.body.classList.add('govuk-template__body', 'js-enabled', 'govuk-frontend-supported')

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

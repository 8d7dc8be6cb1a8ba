import { Link } from 'react-router'
import { usePageTitle } from './title'

export function NotFoundPage() {
  usePageTitle('Page not found')
  return (
    <>
      <h1 className="govuk-heading-xl">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body"><Link className="govuk-link" to="/">Go to the list of places</Link></p>
    </>
  )
}

export function AccessibilityPage() {
  usePageTitle('Accessibility statement')
  return (
    <>
      <h1 className="govuk-heading-xl">Accessibility statement</h1>
      <p className="govuk-body">This service is built to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>Every chart has a table with the same figures, and every table can be downloaded as a CSV file.</li>
        <li>You can use the whole service with a keyboard only, and zoom text up to 400% without losing content.</li>
        <li>Charts do not move when your device asks for reduced motion.</li>
      </ul>
      <p className="govuk-body">Every page is checked automatically with axe-core for serious and critical problems before release.</p>
    </>
  )
}

import '@fontsource-variable/literata/opsz.css'
import '@fontsource-variable/literata/opsz-italic.css'
import '@fontsource-variable/inter/index.css'
import './styles/app.css'
import './styles/reader-tools.css'
import './styles/annotations.css'
import './styles/briefing.css'
import './styles/shell.css'
import { render } from 'solid-js/web'
import { App } from './App'
import { api, desktop, transport } from './api'
import { ApiContext, TransportContext } from './api-context'

const root = document.getElementById('root')
if (root) {
  render(
    () => (
      <ApiContext.Provider value={api}>
        <TransportContext.Provider value={transport}>
          <App desktop={desktop} />
        </TransportContext.Provider>
      </ApiContext.Provider>
    ),
    root,
  )
}

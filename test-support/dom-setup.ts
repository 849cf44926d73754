// Matchers such as toBeInTheDocument() and toHaveAccessibleName() for the jsdom component tests.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@solidjs/testing-library'
import { afterEach } from 'vitest'

// Without vitest's globals, testing-library cannot register its own cleanup: unmount here.
afterEach(cleanup)

// Component tests wait for screens with testing-library's findBy*/waitFor. Its default of 1 s is
// short on a loaded 2-core CI machine running Chromium e2e files beside them (a screen that
// appears in 1.2 s failed the test); the wait is longer, what is awaited is unchanged.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5_000 });

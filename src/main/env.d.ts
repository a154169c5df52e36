// electron-vite's module suffixes for the main process (`?nodeWorker`: a bundled worker thread).
/// <reference types="electron-vite/node" />

// The safety app's service worker. It keeps only the app shell (HTML, CSS, scripts, icons, the neutral exit
// pages) so that the app opens, and an SOS can be pressed and retried, without a network. It never stores an API
// answer or anything personal: requests outside the shell list, /api/ above all, are not touched.
const SHELL_CACHE = 'shell-v1';
const SHELL = [
  '/app/',
  '/app/index.html',
  '/app/app.css',
  '/app/app.js',
  '/app/messages.js',
  '/app/notes.html',
  '/app/notes-en.html',
  '/app/icons/ansim-192.png',
  '/app/icons/ansim-180.png',
  '/app/icons/notes-192.png',
  '/app/icons/notes-180.png'
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload', credentials: 'omit' }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL_CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});

function shellPath(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  const path = url.pathname === '/app' ? '/app/' : url.pathname;
  return SHELL.includes(path) ? path : null;
}

// Network first, so that a new version reaches the phone at once; the cached shell when the network fails.
self.addEventListener('fetch', (event) => {
  const path = shellPath(event.request);
  if (!path) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          caches.open(SHELL_CACHE).then((cache) => cache.put(path, copy));
        }
        return response;
      })
      .catch(() => caches.open(SHELL_CACHE).then((cache) => cache.match(path)).then((cached) => cached || Response.error()))
  );
});

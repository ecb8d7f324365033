// The page's language, set before its body is read, so the first screen rendered into index.html shows in it (see
// src/app/first-screen-html.tsx): the choice made before in this browser, else the first of the browser's languages
// the editor speaks, else English. The same rule as pickLocale in src/i18n/locales.ts, which
// src/app/first-language.test.ts holds it to. A plain script, not a module, so it runs at once.
(function () {
  var dirs = { en: 'ltr', de: 'ltr', fr: 'ltr', ru: 'ltr', he: 'rtl' };
  var speaks = function (code) {
    return typeof code === 'string' && Object.prototype.hasOwnProperty.call(dirs, code);
  };
  var chosen = null;
  try {
    chosen = localStorage.getItem('avaya-4600-editor.locale');
  } catch (e) {
    chosen = null;
  }
  if (!speaks(chosen)) {
    chosen = null;
    var tags = navigator.languages || [navigator.language];
    for (var i = 0; i < tags.length && chosen === null; i++) {
      var primary = String(tags[i]).toLowerCase().split(/[-_]/)[0];
      if (primary === 'iw') primary = 'he';
      if (speaks(primary)) chosen = primary;
    }
  }
  var code = chosen || 'en';
  document.documentElement.lang = code;
  document.documentElement.dir = dirs[code];
  // The first paint waits until this language's first screen is all read (Chromium: rel="expect"; other browsers
  // go on as before): painted halfway through, its header had the Open button and not yet More and the language
  // choice, which then moved it (a layout shift, in one start of six). Not the other languages' screens after it.
  var expect = document.createElement('link');
  expect.rel = 'expect';
  expect.href = '#first-screen-end-' + code;
  expect.setAttribute('blocking', 'render');
  document.head.appendChild(expect);

  // Until the page's JavaScript has taken over (the first screen is still there), what the user does on it is not
  // lost: a click (or Enter, Space) on a button is kept on #root as the path of child indexes from the screen's first
  // element, and files chosen in its file input or dropped on it in `window.firstFiles`; App does the click again on
  // the same element of its own, identical, screen, and opens the files (src/app/first-click.ts).
  var screenOf = function (node) {
    return node instanceof Element ? node.closest('.first-screen') : document.querySelector('.first-screen');
  };
  // Open works from the moment it is on screen, before the page's JavaScript has come (a slow PC takes a second or
  // more to run it): the system's file picker where the browser has one (its file handle is kept, so Save writes
  // back to the file), else the first screen's file input. What is chosen is opened once the page works.
  // The twin of TEXT_TYPES in src/file-io/file-io.ts (a plain script cannot import it): keep the two the same
  // (src/app/first-language.test.ts holds them equal).
  var TYPES = [{ description: 'Telephone backup', accept: { 'text/plain': ['.txt'] } }];
  var openFile = function (screen) {
    if (typeof window.showOpenFilePicker === 'function') {
      window.firstPick = window.showOpenFilePicker({ types: TYPES, multiple: false }).catch(function () {
        return [];
      });
    } else {
      var input = screen.querySelector('input[type=file]:not([webkitdirectory])');
      if (!input) return;
      // The page may take over while the system's dialog is open: its own screen then replaces this one, and the
      // file is chosen in an input no longer in the page, whose change no listener on the document hears. Heard on
      // the input itself, it is kept all the same (and the page, already working, is told: see keep).
      input.addEventListener('change', function () {
        if (!input.isConnected) keep(input.files);
      });
      input.click();
    }
  };
  document.addEventListener(
    'click',
    function (event) {
      var screen = screenOf(event.target);
      var target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!screen || !target || !screen.firstElementChild) return;
      event.preventDefault();
      if (target.hasAttribute('data-opens-file')) {
        openFile(screen);
        return;
      }
      var path = [];
      for (var node = target; node !== screen.firstElementChild; node = node.parentElement) {
        path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
      }
      screen.parentElement.setAttribute('data-first-click', path.join('.'));
    },
    true,
  );
  // Kept for the page to open once it works; a page that already works hears of them by the 'first-files' event
  // (src/app/first-click.ts), as it took what was kept before once only, when it took over.
  var keep = function (files) {
    if (!files || !files.length) return;
    window.firstFiles = Array.prototype.slice.call(files);
    window.dispatchEvent(new Event('first-files'));
  };
  document.addEventListener(
    'change',
    function (event) {
      if (screenOf(event.target) && event.target instanceof HTMLInputElement) keep(event.target.files);
    },
    true,
  );
  // Ctrl+O (Cmd+O), the page's own shortcut for Open, works as early.
  document.addEventListener('keydown', function (event) {
    var screen = document.querySelector('.first-screen');
    // (On a Hebrew or Russian layout the key's place says which it is, as in src/app/use-shortcuts.ts.)
    var key = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : (/^Key([A-Z])$/.exec(event.code) || [])[1];
    if (!screen || !(event.ctrlKey || event.metaKey) || event.altKey || String(key).toLowerCase() !== 'o') return;
    event.preventDefault();
    openFile(screen);
  });
  // The moment the first screen's Open is in the page, and so does its work (npm run bench times "Open works" from
  // here, or from the first paint when that comes later).
  if (typeof MutationObserver === 'function' && performance.mark) {
    var seen = new MutationObserver(function () {
      // (The page's own language's screen: the others are not shown.)
      if (!document.querySelector('.first-screen[lang="' + code + '"] [data-opens-file]')) return;
      seen.disconnect();
      performance.mark('first-screen:open-works');
    });
    seen.observe(document.documentElement, { childList: true, subtree: true });
  }
  // A file dropped on the page would otherwise be opened by the browser in place of the editor.
  ['dragover', 'drop'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (!document.querySelector('.first-screen')) return;
      event.preventDefault();
      if (type === 'drop' && event.dataTransfer) keep(event.dataTransfer.files);
    });
  });
})();
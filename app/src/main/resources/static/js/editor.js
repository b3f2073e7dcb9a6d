// The posting editor: a textarea marked data-rich-text becomes an editable box with a toolbar (headings, lists, bold,
// italics, links). The textarea stays in the form and always holds the box's HTML, so saving and the live preview
// work as before; the server cleans the HTML on save. Without JavaScript the textarea is used as it is.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function enhance(textarea) {
    var toolbar = document.querySelector('[data-editor-for="' + textarea.id + '"]');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (!toolbar || !label) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'editor';
    box.contentEditable = 'true';
    box.setAttribute('role', 'textbox');
    box.setAttribute('aria-multiline', 'true');
    box.setAttribute('aria-labelledby', label.id);
    if (textarea.getAttribute('aria-describedby')) {
      box.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }
    box.innerHTML = textarea.value;
    textarea.hidden = true;
    label.removeAttribute('for');
    label.addEventListener('click', function () { box.focus(); });
    textarea.after(box);
    toolbar.hidden = false;
    document.execCommand('defaultParagraphSeparator', false, 'p');

    var saved = null;
    document.addEventListener('selectionchange', function () {
      var sel = window.getSelection();
      if (sel.rangeCount && box.contains(sel.getRangeAt(0).commonAncestorContainer)) {
        saved = sel.getRangeAt(0).cloneRange();
      }
    });
    function restore() {
      box.focus();
      if (saved) {
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(saved);
      }
    }
    function sync() {
      textarea.value = box.innerHTML;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    box.addEventListener('input', sync);
    textarea.form.addEventListener('submit', function () { textarea.value = box.innerHTML; });

    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
    buttons.forEach(function (button, i) {
      button.tabIndex = i === 0 ? 0 : -1;
      // Keep the selection in the box when the button is clicked with the mouse.
      button.addEventListener('mousedown', function (e) { e.preventDefault(); });
      button.addEventListener('click', function () {
        var command = button.dataset.command;
        var value = button.dataset.value || null;
        if (command === 'createLink') {
          value = window.prompt(button.dataset.prompt, 'https://');
          if (!value) {
            return;
          }
        }
        restore();
        document.execCommand(command, false, command === 'formatBlock' ? '<' + value + '>' : value);
        sync();
      });
    });
    // One tab stop for the toolbar, arrow keys between its buttons (the ARIA toolbar pattern).
    toolbar.addEventListener('keydown', function (e) {
      var i = buttons.indexOf(document.activeElement);
      var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (i < 0 || next === undefined) {
        return;
      }
      e.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[i].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    // Pasted HTML (Word, a web page) is cleaned by the server, as on save, and then inserted: the box shows what
    // will be stored. Plain text is inserted as text.
    box.addEventListener('paste', function (e) {
      var html = e.clipboardData && e.clipboardData.getData('text/html');
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      e.preventDefault();
      if (!html) {
        document.execCommand('insertText', false, text);
        return;
      }
      var range = saved;
      fetch(textarea.dataset.cleanUrl, {
        method: 'POST', credentials: 'same-origin', headers: csrfHeaders(),
        body: new URLSearchParams({ html: html }).toString()
      }).then(function (r) {
        if (!r.ok) {
          throw new Error('clean ' + r.status);
        }
        return r.text();
      }).then(function (clean) {
        saved = range;
        restore();
        document.execCommand('insertHTML', false, clean);
        sync();
      }).catch(function () {
        saved = range;
        restore();
        document.execCommand('insertText', false, text);
        sync();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
  });
})();

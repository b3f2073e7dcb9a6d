// The pipeline board (assessment/board.html). Without this script every move is a plain form post; with it, a card's
// Flyt button and drag and drop send that same post (CSRF token included), move the card in place and announce the
// move in the page's live region, so keyboard, mouse and screen-reader users learn the same thing.
(function () {
  'use strict';
  var board = document.getElementById('board');
  if (!board || board.getAttribute('data-manages') !== 'true') {
    return;
  }
  var live = document.getElementById('board-live');
  var dragged = null;

  function announce(text) {
    // Cleared first, so the same words said twice are read twice.
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function refreshColumns() {
    board.querySelectorAll('.board-column').forEach(function (column) {
      var n = column.querySelectorAll('.board-card').length;
      column.querySelector('.count').textContent = '(' + n + ')';
      column.querySelector('.empty-column').hidden = n > 0;
    });
  }

  function place(card, status) {
    var list = board.querySelector('.board-cards[data-status="' + status + '"]');
    list.appendChild(card);
    var pick = card.querySelector('input[name="candidate"][type="checkbox"]');
    if (pick) {
      pick.checked = false;
      pick.setAttribute('form', 'bulk-' + status);
    }
    refreshColumns();
  }

  function send(form) {
    var card = form.closest('.board-card');
    var select = form.querySelector('select[name="status"]');
    var status = select.value;
    var from = card.closest('.board-cards').getAttribute('data-status');
    if (status === 'OFFERED' || (status === 'HIRED' && from !== 'OFFERED')) {
      // An offer goes with its letter, and a hire comes after the offer: on to its confirmation for this candidate
      // (which sends back to the candidate, with the reason, one who can no longer be offered the position).
      window.location.href = board.getAttribute('data-candidates-url') + '/'
        + encodeURIComponent(card.getAttribute('data-candidate')) + '/offer' + (status === 'HIRED' ? '?hire=true' : '');
      return;
    }
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) {
          place(card, body.status || status);
          select.focus();
          announce(body.message);
        } else {
          announce(body.message || board.getAttribute('data-error'));
        }
      });
    }).catch(function () {
      announce(board.getAttribute('data-error'));
    });
  }

  board.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('move')) {
      event.preventDefault();
      send(form);
    }
  });

  board.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.board-card[draggable="true"]');
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-candidate'));
  });

  board.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
    }
    dragged = null;
    board.querySelectorAll('.drop-target').forEach(function (c) { c.classList.remove('drop-target'); });
  });

  board.addEventListener('dragover', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (dragged && column) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      board.querySelectorAll('.drop-target').forEach(function (c) {
        if (c !== column) { c.classList.remove('drop-target'); }
      });
      column.classList.add('drop-target');
    }
  });

  board.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (!dragged || !column) {
      return;
    }
    event.preventDefault();
    column.classList.remove('drop-target');
    var card = dragged;
    var status = column.getAttribute('data-status');
    var from = card.closest('.board-cards').getAttribute('data-status');
    if (status === from) {
      return;
    }
    if (status === 'REJECTED') {
      // A rejection goes with its letter: on to the confirmation with this candidate chosen.
      window.location.href = board.getAttribute('data-reject-url') + '?candidate=' + encodeURIComponent(card.getAttribute('data-candidate'));
      return;
    }
    var form = card.querySelector('form.move');
    var select = form && form.querySelector('select[name="status"]');
    if (!select || !select.querySelector('option[value="' + status + '"]')) {
      announce(board.getAttribute('data-not-allowed'));
      return;
    }
    select.value = status;
    send(form);
  });
}());

// The wish fields' autocomplete: Danish ESCO occupation labels from the server, offered through the datalist.
(function () {
  var list = document.getElementById('occupation-labels');
  if (!list) {
    return;
  }
  var timer = null;
  document.querySelectorAll('input[data-occupations]').forEach(function (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) {
        return;
      }
      timer = setTimeout(function () {
        fetch(input.getAttribute('data-occupations') + '?q=' + encodeURIComponent(q), {credentials: 'same-origin'})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (labels) {
            list.replaceChildren();
            labels.forEach(function (label) {
              var option = document.createElement('option');
              option.value = label;
              list.appendChild(option);
            });
          })
          .catch(function () { /* the field still takes free text */ });
      }, 250);
    });
  });
})();

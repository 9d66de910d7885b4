/*
 * Every page form sends the page's CSP nonce back, as PrimeFaces' own forms do
 * (its CSP mode refuses a postback without it). PrimeFaces adds the field only
 * to the forms that exist when its start-up script runs; this adds it to the
 * rest (plain JSF forms such as the language switch) before they are sent.
 */
(function () {
    'use strict';
    var nonce = document.currentScript && document.currentScript.nonce;
    if (!nonce) {
        return;
    }
    function facesForm(form) {
        return form.method && form.method.toLowerCase() === 'post'
            && form.querySelector('input[name="jakarta.faces.ViewState"]') !== null;
    }
    function addNonce(form) {
        if (facesForm(form) && !form.elements['primefaces.nonce']) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = 'primefaces.nonce';
            input.value = nonce;
            form.appendChild(input);
        }
    }
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.forms, addNonce);
    });
    document.addEventListener('submit', function (event) {
        addNonce(event.target);
    }, true);
}());

/*
 * Phone-first reading. (1) The main menu folds behind one toggle on narrow
 * screens (the CSS decides when; without script the menu simply stays open).
 * (2) Every data table gets its column headings on its cells (data-label), so
 * that below 640 px the CSS can show each row as a card of labelled values
 * instead of squeezing the columns. Tables that PrimeFaces reflows itself and
 * the tables that stack in their own way (.stacked) are left alone.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    function setUpMenu() {
        var toggle = document.getElementById('menu-toggle');
        var menu = document.getElementById('app-menu');
        if (!toggle || !menu) {
            return;
        }
        function show(open) {
            menu.classList.toggle('open', open);
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
        toggle.addEventListener('click', function () {
            show(toggle.getAttribute('aria-expanded') !== 'true');
        });
        menu.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && menu.classList.contains('open')) {
                show(false);
                toggle.focus();
            }
        });
    }

    function headings(table) {
        var row = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
        if (!row) {
            return null;
        }
        var texts = [];
        Array.prototype.forEach.call(row.cells, function (cell) {
            // PrimeFaces puts the sort icons and filters in the header cell: only its title counts
            var title = cell.querySelector('.ui-column-title');
            var text = (title || cell).textContent.replace(/\s+/g, ' ').trim();
            for (var i = 0; i < (cell.colSpan || 1); i++) {
                texts.push(text);
            }
        });
        return texts;
    }

    function label(table) {
        if (table.classList.contains('stacked') || table.closest('.ui-datatable-reflow')) {
            return;
        }
        var texts = headings(table);
        if (!texts) {
            return;
        }
        Array.prototype.forEach.call(table.tBodies, function (body) {
            Array.prototype.forEach.call(body.rows, function (row) {
                var column = 0;
                Array.prototype.forEach.call(row.cells, function (cell) {
                    var span = cell.colSpan || 1;
                    if (!cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', span > 1 ? '' : (texts[column] || ''));
                    }
                    column += span;
                });
            });
        });
        table.classList.add('cards-on-phone');
    }

    function labelAll() {
        var main = document.getElementById('main');
        if (main) {
            Array.prototype.forEach.call(main.querySelectorAll('table'), label);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        setUpMenu();
        labelAll();
        var main = document.getElementById('main');
        if (main && window.MutationObserver) {
            // after an AJAX update PrimeFaces replaces parts of the page: label the new rows too
            var pending = false;
            new MutationObserver(function () {
                if (!pending) {
                    pending = true;
                    window.requestAnimationFrame(function () {
                        pending = false;
                        labelAll();
                    });
                }
            }).observe(main, { childList: true, subtree: true });
        }
    });
}());

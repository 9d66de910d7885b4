/*
 * Calendar subscriptions: the copy button beside each address (and beside a
 * new API token's secret on the profile page). Copies with the
 * Clipboard API where the page may (https, localhost), else by selecting the
 * field and the browser's copy command; says the result in the subscription's
 * live region ("Kopieret"), and leaves the address selected if both fail.
 */
(function () {
    'use strict';
    function say(button, text) {
        var status = button.closest('.feed, .token-issued').querySelector('.copy-status');
        status.textContent = '';
        // a fresh text, so that a second copy is read out again
        window.setTimeout(function () { status.textContent = text; }, 50);
    }
    function bySelecting(field) {
        field.focus();
        field.select();
        field.setSelectionRange(0, field.value.length);
        try {
            return document.execCommand('copy');
        } catch (e) {
            return false;
        }
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest('.copy-button');
        if (!button) {
            return;
        }
        var field = button.closest('.feed, .token-issued').querySelector('input.feed-address');
        function fallback() {
            var copied = bySelecting(field);
            button.focus();
            say(button, copied ? button.getAttribute('data-copied') : button.getAttribute('data-failed'));
            if (!copied) {
                field.focus();
                field.select();
            }
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(function () {
                say(button, button.getAttribute('data-copied'));
            }, fallback);
        } else {
            fallback();
        }
    });
}());

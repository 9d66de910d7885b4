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

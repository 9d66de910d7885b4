/*
 * The network map drawn with Cytoscape.js from /api/network-map: the server
 * has laid the map out (JGraphT) and chosen the colours, so the page, the SVG
 * and this drawing agree. "PNG" saves what is drawn.
 */
(function () {
    'use strict';
    function draw() {
        var box = document.getElementById('map');
        if (!box || typeof window.cytoscape !== 'function') {
            return;
        }
        fetch(box.getAttribute('data-url'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('the map answered ' + response.status);
                }
                return response.json();
            })
            .then(function (data) {
                var elements = [];
                data.nodes.forEach(function (n) {
                    elements.push({
                        group: 'nodes',
                        data: {id: 'o' + n.id, label: n.name, colour: n.colour, size: 2 * n.radius, organisation: n.id},
                        position: {x: n.x, y: n.y},
                        classes: (n.isolated ? 'isolated ' : '') + (n.core ? 'core' : '')
                    });
                });
                data.ties.forEach(function (t, i) {
                    elements.push({group: 'edges', data: {id: 't' + i, source: 'o' + t.first, target: 'o' + t.second,
                        colour: t.colour, kind: t.kind}});
                });
                var cy = window.cytoscape({
                    container: box,
                    elements: elements,
                    layout: {name: 'preset', fit: true, padding: 40},
                    wheelSensitivity: 0.2,
                    style: [
                        {selector: 'node', style: {'background-color': 'data(colour)', width: 'data(size)',
                            height: 'data(size)', label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom',
                            'text-margin-y': 4, 'border-width': 1, 'border-color': '#222222', color: '#111111',
                            'text-wrap': 'wrap', 'text-max-width': 140, 'text-background-color': '#ffffff',
                            'text-background-opacity': 0.85, 'text-background-shape': 'roundrectangle'}},
                        {selector: 'node.core', style: {'border-width': 4}},
                        {selector: 'node.isolated', style: {'border-width': 3, 'border-color': '#C00000',
                            'border-style': 'dashed'}},
                        {selector: 'edge', style: {'line-color': 'data(colour)', width: 2, 'curve-style': 'bezier'}}
                    ]
                });
                // labels keep a readable size on the screen (13 px, 11 px on a phone) whatever the zoom: the
                // map's own units shrink to fit the window, and 12 units were about 7 px at 1366 px
                var phone = window.matchMedia('(max-width: 640px)');
                function readableLabels() {
                    var px = phone.matches ? 11 : 13;
                    var zoom = cy.zoom();
                    cy.style().selector('node').style({'font-size': px / zoom,
                        'text-max-width': (phone.matches ? 100 : 150) / zoom, 'text-margin-y': 3 / zoom,
                        'text-background-padding': 1 / zoom}).update();
                    var first = cy.nodes()[0];
                    // what a label measures on the screen, for the browser test
                    box.setAttribute('data-label-px', first ? (first.numericStyle('font-size') * zoom).toFixed(1) : '0');
                }
                readableLabels();
                cy.on('zoom', readableLabels);
                if (window.ResizeObserver) { // a scroll bar appearing narrows the box without a window resize
                    new window.ResizeObserver(function () { cy.resize(); }).observe(box);
                }
                cy.on('tap', 'node', function (event) {
                    window.location.href = box.getAttribute('data-url').replace(/\/api\/network-map\?.*$/,
                        '/organisation/view.xhtml?id=' + event.target.data('organisation'));
                });
                var png = document.getElementById('exportPng');
                if (png) {
                    png.addEventListener('click', function () {
                        png.href = cy.png({output: 'base64uri', full: true, scale: 2, bg: '#ffffff'});
                    });
                }
                box.setAttribute('data-nodes', String(cy.nodes().length));
                box.setAttribute('data-ties', String(cy.edges().length));
                box.setAttribute('data-ready', 'true');
            })
            .catch(function (error) {
                box.setAttribute('data-error', String(error));
            });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());

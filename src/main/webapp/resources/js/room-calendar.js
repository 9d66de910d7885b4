/*
 * The room calendars' extenders.
 *
 * tovholderRoomWeek, a room's week (room/room.xhtml, p:schedule): Monday first and
 * 24-hour time in both languages (the opening hours come from the page).
 *
 * tovholderRoomTimeline, the rooms' day and week overview (room/day.xhtml, p:timeline).
 * It gives the timeline 24-hour labels (in Danish when the page is Danish) and makes a
 * click on a free stretch of a room's row open that room's booking form with the day
 * and the hour filled in (room.xhtml's view parameters id, day, start and end).
 * The list below the timeline offers the same without a pointer.
 */
(function () {
    'use strict';

    var ZONE = 'Europe/Copenhagen';
    var DANISH = {
        months: 'januar_februar_marts_april_maj_juni_juli_august_september_oktober_november_december'.split('_'),
        monthsShort: 'jan._feb._mar._apr._maj_jun._jul._aug._sep._okt._nov._dec.'.split('_'),
        weekdays: 'søndag_mandag_tirsdag_onsdag_torsdag_fredag_lørdag'.split('_'),
        weekdaysShort: 'søn._man._tir._ons._tor._fre._lør.'.split('_'),
        weekdaysMin: 'sø_ma_ti_on_to_fr_lø'.split('_'),
        week: {dow: 1, doy: 4}
    };

    /** Copenhagen's wall clock of an instant: {day: 'yyyy-MM-dd', hour: 0-23}. */
    function wallClock(date) {
        var parts = {};
        new Intl.DateTimeFormat('en-GB', {
            timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23'
        }).formatToParts(date).forEach(function (p) {
            parts[p.type] = p.value;
        });
        return {day: parts.year + '-' + parts.month + '-' + parts.day, hour: parseInt(parts.hour, 10)};
    }

    function two(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function danishMoment() {
        var moment = window.vis && window.vis.moment;
        if (moment && moment.locales && moment.locales().indexOf('da') < 0) {
            moment.defineLocale('da', DANISH);
            moment.locale('en');
        }
    }

    var HOURS = {hour: '2-digit', minute: '2-digit', hour12: false};

    window.tovholderRoomWeek = function () {
        var options = this.cfg.options;
        options.firstDay = 1;
        options.slotLabelFormat = HOURS;
        options.eventTimeFormat = HOURS;
        options.dayHeaderFormat = {weekday: 'short', day: 'numeric', month: 'numeric', omitCommas: true};
        options.nowIndicator = true;
        options.expandRows = true;
    };

    window.tovholderRoomTimeline = function () {
        var widget = this;
        var danish = widget.cfg.opts.locale === 'da';
        if (danish) {
            danishMoment();
            // vis-timeline's own words (only used when editing, which this page does not)
            widget.cfg.opts.locales = {da: {current: 'nu', time: 'tid', deleteSelected: 'Slet valgte'}};
        }
        widget.cfg.opts.format = {
            minorLabels: {minute: 'HH:mm', hour: 'HH:mm', weekday: danish ? 'ddd D.' : 'ddd D', day: 'D'},
            majorLabels: {minute: danish ? 'dddd D. MMMM' : 'dddd D MMMM', hour: danish ? 'dddd D. MMMM' : 'dddd D MMMM',
                weekday: 'MMMM YYYY', day: 'MMMM YYYY'}
        };
        var render = widget._render;
        widget._render = function () {
            render.apply(widget, arguments);
            var box = document.getElementById(widget.id).closest('[data-book-url]');
            if (!box || !widget.instance) {
                return;
            }
            widget.instance.on('click', function (props) {
                if (props.item !== null || props.group === null || props.group === undefined || props.what !== 'background') {
                    return;
                }
                var at = wallClock(props.time);
                at.hour = Math.min(at.hour, 22);
                var end = at.hour + 1;
                window.location.href = box.getAttribute('data-book-url') + '?id=' + encodeURIComponent(props.group)
                    + '&day=' + at.day + '&start=' + two(at.hour) + ':00&end=' + (end === 24 ? '00' : two(end)) + ':00'
                    + '#bookHeading';
            });
        };
    };
}());

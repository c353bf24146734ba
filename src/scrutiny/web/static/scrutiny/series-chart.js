// A figure series as a line chart: progressive enhancement over the table on the same page,
// which holds the same data. Reads the data from the page's JSON (no inline script, so a strict
// Content-Security-Policy holds) and shows the chart only once it is drawn.
(function () {
  "use strict";
  var area = document.getElementById("series-chart-area");
  var canvas = document.getElementById("series-chart");
  var source = document.getElementById("series-data");
  if (!area || !canvas || !source || typeof window.Chart === "undefined") {
    return;
  }
  var data = JSON.parse(source.textContent);
  var dateFormat = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  var points = data.points.map(function (point) {
    return { x: Date.parse(point.date), y: point.value };
  });
  area.hidden = false;
  new window.Chart(canvas, {
    type: "line",
    data: {
      datasets: [
        {
          label: data.name,
          data: points,
          borderColor: "#1d70b8",
          backgroundColor: "#1d70b8",
          pointRadius: 5,
          pointHoverRadius: 7,
          tension: 0,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: function () {
              return "";
            },
            label: function (context) {
              return data.points[context.dataIndex].label;
            },
          },
        },
      },
      scales: {
        x: {
          type: "linear",
          ticks: {
            maxTicksLimit: 6,
            color: "#0b0c0c",
            callback: function (value) {
              return dateFormat.format(new Date(value));
            },
          },
        },
        y: {
          title: { display: true, text: data.unit, color: "#0b0c0c" },
          ticks: { color: "#0b0c0c" },
        },
      },
    },
  });
})();

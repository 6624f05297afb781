/*
 * Offer catalogue maps (Leaflet 1.9 + Leaflet.markercluster, vendored under /static/vendor/).
 * - [data-offer-map]: markers of the JSON endpoint in data-endpoint ({offers: [{id, name, lat, lon, url, kind}], truncated}).
 * - [data-offer-location]: one marker at data-lat / data-lon.
 * OpenStreetMap tiles are external images; without network the map still shows its markers on an empty
 * background. No inline script or style attribute is written into the HTML (strict CSP).
 */
(function () {
  "use strict";
  var TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  var FRANCE_SOUTH_EAST = [[43.0, 4.2], [45.2, 7.7]];

  function baseMap(element) {
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILES, {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);
    return map;
  }

  function setStatus(text) {
    var status = document.querySelector("[data-offer-map-status]");
    if (status) { status.textContent = text || ""; }
  }

  function popup(offer, label) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = offer.name;
    var link = document.createElement("a");
    link.href = offer.url;
    link.textContent = label;
    box.appendChild(title);
    box.appendChild(document.createElement("br"));
    box.appendChild(link);
    return box;
  }

  function initOffersMap(element) {
    var map = baseMap(element);
    var bbox = (element.getAttribute("data-bbox") || "").split(",").map(parseFloat);
    if (bbox.length === 4 && bbox.every(isFinite)) {
      map.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]]);
    } else {
      map.fitBounds(FRANCE_SOUTH_EAST);
    }
    var label = element.getAttribute("data-label-open") || "→";
    setStatus(element.getAttribute("data-label-loading"));
    fetch(element.getAttribute("data-endpoint"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (data) {
        var group = typeof L.markerClusterGroup === "function" ? L.markerClusterGroup() : L.featureGroup();
        (data.offers || []).forEach(function (offer) {
          var marker = L.marker([offer.lat, offer.lon], { title: offer.name, alt: offer.name });
          marker.bindPopup(popup(offer, label));
          group.addLayer(marker);
        });
        map.addLayer(group);
        if ((data.offers || []).length) {
          map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 14 });
        }
        setStatus(data.truncated ? element.getAttribute("data-label-truncated") : "");
      })
      .catch(function () {
        setStatus(element.getAttribute("data-label-error"));
      });
  }

  function initLocationMap(element) {
    var lat = parseFloat(element.getAttribute("data-lat"));
    var lon = parseFloat(element.getAttribute("data-lon"));
    if (!isFinite(lat) || !isFinite(lon)) { return; }
    var map = baseMap(element);
    map.setView([lat, lon], 13);
    var name = element.getAttribute("data-name") || "";
    L.marker([lat, lon], { title: name, alt: name }).addTo(map);
  }

  function init() {
    if (typeof L === "undefined") { return; }
    document.querySelectorAll("[data-offer-map]").forEach(initOffersMap);
    document.querySelectorAll("[data-offer-location]").forEach(initLocationMap);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

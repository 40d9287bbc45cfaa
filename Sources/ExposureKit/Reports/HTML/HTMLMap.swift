/// The map of every GPS point, drawn in SVG over the shipped world outline, so it needs no map tiles.
enum HTMLMap {
    /// Points closer than this many degrees are drawn as one, sized by how many items it stands for.
    static let cellDegrees = 0.5

    struct Spot {
        var latitude: Double
        var longitude: Double
        var items = 0
        var publicItems = 0
        var x: Double { longitude + 180 }
        var y: Double { 90 - latitude }
    }

    /// The points gathered one item at a time, each cell of the map counted once.
    struct Spots {
        /// A cell of the map by its row and column of `cellDegrees`.
        private struct Cell: Hashable {
            var row: Double
            var column: Double
        }

        private var cells: [Cell: Spot] = [:]

        mutating func add(_ item: ItemRecord) {
            guard let latitude = item.latitude, let longitude = item.longitude else { return }
            let key = Cell(row: (latitude / cellDegrees).rounded(), column: (longitude / cellDegrees).rounded())
            var spot = cells[key] ?? Spot(latitude: latitude, longitude: longitude)
            spot.items += 1
            if item.isPublic { spot.publicItems += 1 }
            cells[key] = spot
        }

        /// Public spots last, so they are drawn on top; bigger ones first, so small ones stay visible.
        var inDrawingOrder: [Spot] {
            cells.values.sorted {
                ($0.publicItems > 0 ? 1 : 0, $1.items, $0.latitude, $0.longitude)
                    < ($1.publicItems > 0 ? 1 : 0, $0.items, $1.latitude, $1.longitude)
            }
        }
    }

    static func section(_ spots: Spots) -> String {
        let spots = spots.inDrawingOrder
        let total = spots.reduce(0) { $0 + $1.items }
        return """
            <section id="map"><h2>Where your photos say they were taken</h2>\(svg(spots))
            <div class="legend"><span><i class="key loc"></i>public</span><span><i class="key other"></i>not public</span>\
            <span id="map-count" data-count="\(total)">\(Count.text(total)) items with a location</span></div></section>
            """
    }

    private static func svg(_ spots: [Spot]) -> String {
        let frame = MapFrame(spots)
        return "<svg viewBox=\"\(frame.viewBox)\" role=\"img\" aria-label=\"Map of the GPS points\">"
            + "<rect class=\"sea\" width=\"360\" height=\"180\"/><path class=\"land\" d=\"\(WorldOutline.path)\"/>"
            + graticule() + spots.map { circle($0, scale: frame.scale) }.joined() + "</svg>"
    }

    private static func graticule() -> String {
        let meridians = stride(from: 30, to: 360, by: 30).map { "M\($0) 0V180" }
        let parallels = stride(from: 30, to: 180, by: 30).map { "M0 \($0)H360" }
        return "<path class=\"grat\" d=\"\((meridians + parallels).joined())\"/>"
    }

    private static func circle(_ spot: Spot, scale: Double) -> String {
        let radius = min(8, 2 + Double(spot.items).squareRoot() * 0.8) * scale
        let place = CSVExport.degrees((spot.latitude * 100).rounded() / 100) + ", "
            + CSVExport.degrees((spot.longitude * 100).rounded() / 100)
        let title = "\(Count.text(spot.items)) item\(spot.items == 1 ? "" : "s") near \(place), \(Count.text(spot.publicItems)) public"
        return "<circle class=\"pt\(spot.publicItems > 0 ? " public" : "")\" cx=\"\(MapFrame.text(spot.x))\" "
            + "cy=\"\(MapFrame.text(spot.y))\" r=\"\(MapFrame.text(radius))\"><title>\(title)</title></circle>"
    }
}

/// The part of the world the map shows: the points with a margin, at least a region's width, in the
/// map's 2:1 shape, so points in one country do not sit in one pixel of a world map.
struct MapFrame {
    var x = 0.0, y = 0.0, width = 360.0, height = 180.0

    init(_ spots: [HTMLMap.Spot], margin: Double = 10, minimumWidth: Double = 60) {
        guard let left = spots.map(\.x).min(), let right = spots.map(\.x).max(),
              let top = spots.map(\.y).min(), let bottom = spots.map(\.y).max() else { return }
        width = min(360, max(minimumWidth, right - left + 2 * margin, 2 * (bottom - top + 2 * margin)))
        height = width / 2
        x = min(max(0, (left + right) / 2 - width / 2), 360 - width)
        y = min(max(0, (top + bottom) / 2 - height / 2), 180 - height)
    }

    /// How much smaller a unit is here than on the whole-world map, for sizes that should look the same.
    var scale: Double { width / 360 }

    var viewBox: String { [x, y, width, height].map(Self.text).joined(separator: " ") }

    /// A map coordinate to two decimals, trailing zeros dropped.
    static func text(_ value: Double) -> String {
        CSVExport.degrees((value * 100).rounded() / 100)
    }
}

import Foundation

/// Headless Chromium with the network made unreachable and every request logged, so a test can see
/// what a page would have asked for.
enum Chromium {
    /// Debian's `chromium` (installed by .ci/install), or nil where it is absent.
    static let executable: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    static let missingReason = "chromium is not installed (bash .ci/install installs it); the browser tests need it"

    /// Loads `page`, lets its scripts run, and returns the DOM as it then is, with the net log written to `netLog`.
    static func dumpDOM(_ page: URL, netLog: URL) throws -> String {
        try ReportProcess.run(arguments(netLog: netLog) + ["--dump-dom", page.absoluteString])
    }

    private static func arguments(netLog: URL) -> [String] {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        return [
            executable ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions",
            // The network is unreachable: every proxy connection fails and no name resolves.
            "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--log-net-log=\(netLog.path)", "--virtual-time-budget=5000",
        ]
    }
}

/// Reads a Chromium net log for the requests a page started, leaving out the browser's own background
/// traffic (update checks, clock sync), which the log marks as having no initiating origin.
enum NetLog {
    static func pageRequests(_ file: URL) throws -> [String] {
        var data = try Data(contentsOf: file)
        if (try? JSONSerialization.jsonObject(with: data)) == nil { data.append(Data("]}".utf8)) }  // log cut short
        guard let log = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let constants = log["constants"] as? [String: Any],
              let types = constants["logEventTypes"] as? [String: Int],
              let startJob = types["URL_REQUEST_START_JOB"],
              let events = log["events"] as? [[String: Any]]
        else { throw ReportTestFailure(description: "\(file.path) is not a Chromium net log") }
        return events.compactMap { event in
            guard event["type"] as? Int == startJob, let params = event["params"] as? [String: Any],
                  let url = params["url"] as? String, params["initiator"] as? String != "not an origin"
            else { return nil }
            return url
        }
    }

}

/// Runs JavaScript in a page that headless Chromium has loaded with the network unreachable
/// (Benchmarks/browse.py, over the DevTools protocol), for what a DOM dump cannot do: scroll, click, type.
enum BrowserSteps {
    /// Each expression's value, a promise awaited, in order.
    static func run(_ page: URL, _ expressions: [String]) throws -> [Any] {
        let script = Paths.repository.appendingPathComponent("Benchmarks/browse.py").path
        let output = try ReportProcess.run(["/usr/bin/env", "python3", script, page.path] + expressions)
        guard let values = try? JSONSerialization.jsonObject(with: Data(output.utf8), options: .fragmentsAllowed) as? [Any],
              values.count == expressions.count
        else { throw ReportTestFailure(description: "browse.py gave no result for \(page.path): \(output.prefix(200))") }
        return values
    }

    /// Waits until the page has drawn what the step before changed.
    static let nextFrames = "await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));"

    /// The rows the table has drawn, as objects of what a test checks.
    static let drawnRows = """
        [...document.querySelectorAll("#items tbody tr[aria-rowindex]")].map(row => ({
          index: Number(row.getAttribute("aria-rowindex")), rank: row.cells[0].textContent,
          posted: row.cells[5].title, path: row.cells[9].lastChild.textContent,
          onScreen: row.getBoundingClientRect().bottom <= document.getElementById("items-scroll").getBoundingClientRect().bottom + 1
            && row.getBoundingClientRect().top >= document.getElementById("items-scroll").getBoundingClientRect().top }))
        """
}

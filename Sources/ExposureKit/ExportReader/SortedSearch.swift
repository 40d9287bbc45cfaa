extension RandomAccessCollection {
    /// Binary search in a collection where every element `isBefore` holds for comes first: the index of the
    /// first element it does not hold for, which starts the range of elements equal to the one sought.
    func lowerBound(_ isBefore: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if isBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}

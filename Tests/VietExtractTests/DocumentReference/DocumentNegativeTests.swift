import Testing
@testable import VietExtract

/// What looks like a document number but is not one: nothing of these is a `DOC`.
@Suite struct DocumentNegativeTests {
    @Test(arguments: [
        "Dịch bùng phát từ 5/2020 đến nay.",
        "Ngày 22/10/2013, hội nghị khai mạc.",
        "Khoảng 1/2 số hộ đã nhận tiền.",
        "Có 3/4 số xã đạt chuẩn.",
        "Đội nhà thắng 3-1 trên sân khách.",
        "Nhóm 39-40 tuổi chiếm đa số.",
        "Tốc độ tối đa 60 km/h trong khu dân cư.",
        "Diện tích nhà ở đạt 25 m2/người.",
        "Gọi đường dây nóng 0912-345-678 hoặc 1900/1234.",
        "Xe mang biển số 29A-123.45 bị giữ.",
        "Tiêm kích F-16 bay qua.",
        "Cúm A/H5N1 quay lại.",
        "Dịch COVID-19 lan rộng.",
        "Vòng chung kết Euro 2020 hoãn.",
        "Xem tại https://thuvienphapluat.vn/van-ban/15/2020/ND-CP.aspx nhé.",
        "Liên hệ phongtt/CT-TW@mof.gov.vn để hỏi.",
        "Điều 5 quy định như sau.",
        "Bước 2 - Kiểm tra hồ sơ.",
        "Tỷ số 2/1 nghiêng về chủ nhà.",
        "Phiên bản iOS 14/2020 ra mắt.",
    ])
    func notADocument(_ text: String) {
        let docs = DocumentTestSupport.documents(text)
        #expect(docs.isEmpty, "\(docs.map(\.text))")
    }
}

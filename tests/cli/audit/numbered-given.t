$ ovhmail audit --offer emailpro --server 3 tests/audit/pro3.msmtprc
tests/audit/pro3.msmtprc:1: ovh: right for OVHcloud Email Pro, Europe
1 right, 0 to fix, 0 skipped
--- stderr
--- status 0

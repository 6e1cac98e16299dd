import { describe, expect, it } from 'vitest';
import { bylineBesideDateline, creditNames } from '../../../shared/model/credit-line';

describe('a byline repeated in the 电头', () => {
  it('reads the names out of bylines and dateline credits', () => {
    expect(creditNames('本报讯（记者 张三）')).toEqual(['张三']);
    expect(creditNames('本报讯(融媒记者 徐婷婷 通讯员 李四)')).toEqual(['徐婷婷', '李四']);
    expect(creditNames('本报记者 张三')).toEqual(['张三']);
    expect(creditNames('融媒记者 周一鸣 陈佳慧')).toEqual(['周一鸣', '陈佳慧']);
    expect(creditNames('记者𠮷祥')).toEqual(['𠮷祥']);
    expect(creditNames('本报讯')).toEqual([]);
    expect(creditNames('本报评论员')).toEqual([]);
  });

  it('drops the byline whose every name the dateline already gives, keeps any other', () => {
    expect(bylineBesideDateline('记者 张三', '本报讯（记者 张三）')).toBe('');
    expect(bylineBesideDateline('本报记者 张三', '本报讯(记者 张三)')).toBe('');
    expect(bylineBesideDateline('记者 张三 李四', '本报讯（记者 张三）')).toBe('记者 张三 李四');
    expect(bylineBesideDateline('记者 张三', '本报讯')).toBe('记者 张三');
    expect(bylineBesideDateline('记者 张三', '')).toBe('记者 张三');
    expect(bylineBesideDateline('本报评论员', '本报讯（记者 张三）')).toBe('本报评论员');
  });
});
